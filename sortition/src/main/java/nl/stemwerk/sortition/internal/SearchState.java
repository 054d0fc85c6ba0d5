package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the column generation has learnt so far: the panels found and the probabilities already settled. This is
 * what a checkpoint saves, so a run can resume after a restart without redoing the work.
 */
public final class SearchState {
    private final List<Composition> panels = new ArrayList<>();
    private final Set<Composition> known = new HashSet<>();
    private final double[] settled;
    private boolean seeded;

    /** @param groupCount the number of groups; every probability starts unsettled (NaN) */
    public SearchState(int groupCount) {
        settled = new double[groupCount];
        Arrays.fill(settled, Double.NaN);
    }

    /** Adds a panel unless it is known; returns whether it was new. */
    public boolean add(Composition panel) {
        if (!known.add(panel)) {
            return false;
        }
        panels.add(panel);
        return true;
    }

    public boolean contains(Composition panel) {
        return known.contains(panel);
    }

    public List<Composition> panels() {
        return List.copyOf(panels);
    }

    public int panelCount() {
        return panels.size();
    }

    public double settled(int group) {
        return settled[group];
    }

    public boolean isSettled(int group) {
        return !Double.isNaN(settled[group]);
    }

    public void settle(int group, double probability) {
        settled[group] = probability;
    }

    /** Whether the first, varied panels have been found (the warm-up is done). */
    public boolean seeded() {
        return seeded;
    }

    public void markSeeded() {
        seeded = true;
    }

    public int groupCount() {
        return settled.length;
    }
}
