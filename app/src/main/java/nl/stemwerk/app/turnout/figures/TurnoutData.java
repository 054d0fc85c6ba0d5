package nl.stemwerk.app.turnout.figures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.app.turnout.store.StoredStations;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationStop;

/**
 * Everything stored for one municipality that the turnout figures are computed from: the imports in use.
 *
 * @param municipality the municipality
 * @param counts       one count per election, oldest first
 * @param stations     the latest station list, when one was imported
 * @param areas        the municipality's boundary, wijken and buurten in use
 * @param population   inhabitants per area, when imported
 * @param estimate     the CBS estimate of eligible voters, when imported
 */
public record TurnoutData(Municipality municipality, List<StoredCount> counts, Optional<StoredStations> stations,
                          List<Area> areas, List<AreaPopulation> population,
                          Optional<EligibleVotersEstimate> estimate) {
    public TurnoutData {
        counts = List.copyOf(counts);
        areas = List.copyOf(areas);
        population = List.copyOf(population);
    }

    public List<Area> areasAt(AreaLevel level) {
        return areas.stream().filter(a -> a.level() == level).toList();
    }

    public Optional<StoredCount> count(long importId) {
        return counts.stream().filter(c -> c.importId() == importId).findFirst();
    }

    /** The most recent election. */
    public Optional<StoredCount> latestCount() {
        return counts.isEmpty() ? Optional.empty() : Optional.of(counts.getLast());
    }

    public StationList stationList() {
        return stations.map(StoredStations::stations).orElse(new StationList(List.of(), List.of()));
    }

    /** The station list's election day: the last day any station is open (early-voting days come before it). */
    public Optional<LocalDate> stationDay() {
        return stationList().stations().stream().flatMap(s -> s.stops().stream()).map(StationStop::window)
                .map(w -> w.opens().toLocalDate()).max(Comparator.naturalOrder());
    }

    public boolean hasStationPlaces() {
        return stationList().stations().stream().anyMatch(s -> !s.locations().isEmpty()
                || s.stops().stream().anyMatch(stop -> stop.districtCode().isPresent()
                || stop.neighbourhoodCode().isPresent()));
    }
}
