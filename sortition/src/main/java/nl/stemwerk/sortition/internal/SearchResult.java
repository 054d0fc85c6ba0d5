package nl.stemwerk.sortition.internal;

import java.util.List;

import nl.stemwerk.sortition.selection.Optimality;
import nl.stemwerk.sortition.selection.SelectionStatistics;

/**
 * The outcome of the column generation.
 *
 * @param panels        the panels found
 * @param panelWeights  the probability of each panel, summing to 1
 * @param targets       per group, the probability one of its members should have
 * @param statistics    counts that show how hard the run was
 * @param status        what the run proved (less than everything when the time budget ran out)
 * @param lowestBound   when {@code status} is NOT_PROVEN, an upper bound on the achievable lowest probability
 */
public record SearchResult(List<Composition> panels, double[] panelWeights, double[] targets,
                           SelectionStatistics statistics, Optimality.Status status, double lowestBound) {
}
