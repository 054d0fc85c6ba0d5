package nl.stemwerk.turnout.planning;

import java.util.List;
import nl.stemwerk.turnout.coverage.Grouping;

/**
 * Coverage with and without a proposed station.
 *
 * @param stationNumber the number the proposal got (one above the highest existing number)
 * @param before        coverage with the current stations
 * @param after         coverage with the proposal added
 * @param changes       per area, in the order of the grouping
 */
public record WhatIfResult(int stationNumber, Grouping before, Grouping after, List<AreaChange> changes) {
    public WhatIfResult {
        changes = List.copyOf(changes);
    }

    public List<AreaChange> changedAreas() {
        return changes.stream().filter(AreaChange::changed).toList();
    }
}
