package nl.stemwerk.turnout.station;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stemwerk.turnout.problem.ReadNote;

/**
 * The stations read from one file.
 *
 * @param stations by number, in file order of their first row
 * @param notes    what the reader noticed and accepted
 */
public record StationList(List<StationListing> stations, List<ReadNote> notes) {
    public StationList {
        stations = List.copyOf(stations);
        notes = List.copyOf(notes);
    }

    public Optional<StationListing> byNumber(int number) {
        return stations.stream().filter(s -> s.number() == number).findFirst();
    }

    /** Hours open on {@code day} per station number, for stations open that day. */
    public Map<Integer, Duration> openingHoursOn(LocalDate day) {
        return stations.stream().filter(s -> !s.openOn(day).isZero())
                .collect(Collectors.toMap(StationListing::number, s -> s.openOn(day)));
    }

    /**
     * The same list with the coordinates of the named stations removed, for coordinates the caller knows to
     * be wrong (such as 0, 0). The stations stay, as stations whose place is unknown.
     */
    public StationList withUnknownLocation(Set<Integer> numbers) {
        return new StationList(stations.stream()
                .map(s -> numbers.contains(s.number()) ? s.withoutLocations() : s).toList(), notes);
    }
}
