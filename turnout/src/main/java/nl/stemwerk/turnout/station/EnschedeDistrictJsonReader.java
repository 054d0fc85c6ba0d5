package nl.stemwerk.turnout.station;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.internal.json.Json;
import nl.stemwerk.turnout.internal.text.Numbers;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the polling districts of Enschede as published on opendata.enschede.nl in 2012: a JSON array with
 * per district "districtcode", address fields, "stadsdeel", "latitude" and "longitude". The file has no
 * opening hours; the caller gives the election day, and each station gets the legal hours 07:30–21:00.
 * Coordinates are taken as written, including 0, 0: checking them against the municipality is
 * {@code StationPlacement}'s job, so that the user sees which stations are wrong.
 *
 * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&hoofdstuk=J&artikel=J1&z=2026-01-01&g=2026-01-01">
 *      Kieswet art. J 1 (opening hours 7.30–21.00)</a>
 */
public final class EnschedeDistrictJsonReader {
    private static final String ENSCHEDE = "GM0153";
    private static final LocalTime OPENS = LocalTime.of(7, 30);
    private static final LocalTime CLOSES = LocalTime.of(21, 0);

    private EnschedeDistrictJsonReader() {
    }

    public static StationList read(String source, InputStream in, LocalDate electionDay) {
        JsonNode root = Json.read(source, in);
        if (!root.isArray()) {
            throw TurnoutInputException.of(InputProblemCode.INVALID_JSON, SourcePosition.file(source),
                    "Het bestand moet een lijst van stemdistricten zijn.");
        }
        Problems problems = new Problems();
        List<StationListing> stations = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode district = root.get(i);
            SourcePosition position = SourcePosition.row(source, i + 1);
            OptionalLong number = Numbers.count(Json.text(district, "districtcode"), position.withColumn("districtcode"),
                    problems);
            JsonNode latitude = district.get("latitude");
            JsonNode longitude = district.get("longitude");
            if (latitude == null || longitude == null || !latitude.isNumber() || !longitude.isNumber()) {
                problems.add(InputProblemCode.INVALID_COORDINATE, position.withColumn("latitude"),
                        "Latitude en longitude moeten getallen zijn.");
                continue;
            }
            if (number.isEmpty() || number.getAsLong() < 1) {
                continue;
            }
            if (!seen.add(number.getAsLong())) {
                problems.add(InputProblemCode.DUPLICATE_STATION, position.withColumn("districtcode"),
                        "Stemdistrict " + number.getAsLong() + " staat twee keer in het bestand.");
                continue;
            }
            String addition = Json.text(district, "huisnummertoevoeging");
            Address address = new Address("", Json.text(district, "straatnaam"), Json.text(district, "huisnummer"), "",
                    addition.equals("NULL") ? "" : addition, Json.text(district, "postcode"), "Enschede", "");
            StationStop stop = new StationStop(address,
                    Optional.of(new GeoPoint(latitude.asDouble(), longitude.asDouble())),
                    new OpeningWindow(electionDay.atTime(OPENS), electionDay.atTime(CLOSES)),
                    Accessibility.unknown(), Optional.empty(), Optional.empty(), i + 1);
            String name = Json.text(district, "locatienaam");
            stations.add(new StationListing(Optional.of(ENSCHEDE), (int) number.getAsLong(),
                    name.isEmpty() ? "Stemdistrict " + number.getAsLong() + " (" + Json.text(district, "stadsdeel")
                            .toLowerCase(Locale.ROOT) + ")" : name,
                    PollingStationType.FIXED, List.of(stop)));
        }
        problems.throwIfAny();
        return new StationList(stations, List.of());
    }
}
