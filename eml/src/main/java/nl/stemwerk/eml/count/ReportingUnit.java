package nl.stemwerk.eml.count;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;

/**
 * A reporting unit of a 510 ({@code ReportingUnitIdentifier}): a polling station ("0668::SB12") in a 510b, a
 * municipality ("0668") or principal committee ("HSB1") in a 510c/d.
 *
 * @param id   the identifier, e.g. "0668::SB12"
 * @param name e.g. "Stembureau Dorpshuis De Hucht (postcode: 6626 AC)"
 * @param type {@code kr:ReportingUnitType}, when stated
 */
public record ReportingUnit(String id, String name, Optional<PollingStationType> type) {
    private static final Pattern STATION = Pattern.compile("(?:.*::)?SB(\\d{1,9})");

    public ReportingUnit {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        type = type == null ? Optional.empty() : type;
    }

    /**
     * The unit of a polling station as the Kiesraad's software names it: id "{municipality}::SB{number}" and name
     * "Stembureau {name} (postcode: {postcode})", the postcode part only when known.
     */
    public static ReportingUnit of(String municipalityCode, PollingStation station) {
        String name = "Stembureau " + station.name()
                + (station.postcode().isEmpty() ? "" : " (postcode: " + station.postcode() + ")");
        return new ReportingUnit(municipalityCode + "::SB" + station.number(), name, Optional.of(station.type()));
    }

    /** The polling station number when this unit is a polling station ("…SB12" gives 12). */
    public OptionalInt pollingStationNumber() {
        Matcher matcher = STATION.matcher(id);
        return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
