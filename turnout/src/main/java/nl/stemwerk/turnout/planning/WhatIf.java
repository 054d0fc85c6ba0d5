package nl.stemwerk.turnout.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.coverage.AreaCoverage;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;

/**
 * Recomputes coverage with one extra station, fixed or mobile, so that a municipality can see what a new
 * location would change before it decides. The count is not changed: nobody has voted at the new station
 * yet, so only stations per 1000 and distances move.
 */
public final class WhatIf {
    private WhatIf() {
    }

    public static WhatIfResult addStation(CoverageInput input, ProposedStation proposal) {
        for (ProposedStop stop : proposal.stops()) {
            if (!stop.window().isOn(input.electionDay())) {
                throw new IllegalArgumentException("De openingstijd " + stop.window().opens() + " valt niet op de "
                        + "verkiezingsdag " + input.electionDay() + ".");
            }
        }
        int number = input.stations().stations().stream().mapToInt(StationListing::number).max().orElse(0) + 1;
        List<StationStop> stops = proposal.stops().stream().map(stop -> new StationStop(Address.none(),
                Optional.of(stop.location()), stop.window(), Accessibility.unknown(), Optional.empty(),
                Optional.empty(), 0)).toList();
        List<StationListing> stations = new ArrayList<>(input.stations().stations());
        stations.add(new StationListing(Optional.of(input.municipalityCode()), number, proposal.name(), proposal.type(),
                stops));
        Grouping before = AreaCoverage.of(input);
        Grouping after = AreaCoverage.of(input.withStations(new StationList(stations, input.stations().notes())));
        List<AreaChange> changes = new ArrayList<>();
        for (int i = 0; i < before.areas().size(); i++) {
            changes.add(new AreaChange(before.areas().get(i), after.areas().get(i)));
        }
        return new WhatIfResult(number, before, after, changes);
    }
}
