package nl.stemwerk.app.turnout.imports;

import java.util.List;
import java.util.regex.Pattern;
import nl.stemwerk.app.municipality.MunicipalityService.NewPollingStation;
import nl.stemwerk.turnout.count.ElectionCount;

/** The polling stations of a municipality that a count brings in, in the shape the municipality register keeps. */
final class NewStations {
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}");
    private static final int MAX_NAME = 300;

    private NewStations() {
    }

    static List<NewPollingStation> of(ElectionCount count) {
        return count.stations().stream().map(s -> new NewPollingStation(s.number(),
                s.name().length() > MAX_NAME ? s.name().substring(0, MAX_NAME) : s.name(),
                POSTCODE.matcher(s.postcode()).matches() ? s.postcode() : "", "regulier")).toList();
    }
}
