package nl.stemwerk.sortition.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Checkpoint;

/** Converts between the search state (group indexes) and the public checkpoint (group keys). */
public final class Checkpoints {
    private Checkpoints() {
    }

    public static Checkpoint of(Groups groups, String problemHash, Algorithm algorithm, SearchState state) {
        List<Map<String, Integer>> panels = state.panels().stream().map(panel -> {
            Map<String, Integer> seats = new LinkedHashMap<>();
            for (int j = 0; j < panel.groupCount(); j++) {
                seats.put(groups.get(panel.group(j)).key(), panel.count(j));
            }
            return seats;
        }).toList();
        Map<String, Double> settled = new LinkedHashMap<>();
        for (Group group : groups.all()) {
            if (state.isSettled(group.index())) {
                settled.put(group.key(), state.settled(group.index()));
            }
        }
        return new Checkpoint(problemHash, algorithm, state.seeded(), panels, settled);
    }

    /**
     * The state saved in the checkpoint. Panels always carry over; settled probabilities only when the algorithm
     * is the same, since a MAXIMIN level means something else than a LEXIMIN one.
     */
    public static SearchState restore(Groups groups, String problemHash, Algorithm algorithm, Checkpoint checkpoint) {
        if (!checkpoint.problemHash().equals(problemHash)) {
            throw invalid("het hoort bij een andere pool, andere quota of een ander aantal leden");
        }
        Map<String, Integer> indexByKey = new HashMap<>();
        groups.all().forEach(group -> indexByKey.put(group.key(), group.index()));
        SearchState state = new SearchState(groups.size());
        for (Map<String, Integer> seats : checkpoint.panels()) {
            int[] dense = new int[groups.size()];
            seats.forEach((key, count) -> dense[index(indexByKey, key)] = count);
            Composition panel = Composition.fromDense(dense);
            if (!groups.admits(panel)) {
                throw invalid("een opgeslagen panel voldoet niet aan de quota");
            }
            state.add(panel);
        }
        if (checkpoint.algorithm() == algorithm) {
            checkpoint.settled().forEach((key, probability) -> state.settle(index(indexByKey, key), probability));
        }
        if (checkpoint.seeded() && state.panelCount() > 0) {
            state.markSeeded();
        }
        return state;
    }

    private static int index(Map<String, Integer> indexByKey, String key) {
        Integer index = indexByKey.get(key);
        if (index == null) {
            throw invalid("de groep '" + key + "' bestaat niet in deze pool");
        }
        return index;
    }

    private static SortitionException invalid(String reason) {
        return new SortitionException(ProblemCode.CHECKPOINT_INVALID,
                "Het opgeslagen tussenresultaat past niet bij deze loting: " + reason + ".");
    }
}
