package nl.stemwerk.app.sortition;

import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.sortition.selection.Algorithm;

/** Computed burgerberaden on the published example pools, for the draw, replacement and retention tests. */
public final class AssemblyFixtures {
    private static final String SMALL = "data/sortition/example_small_20/";
    private static final String SF = "data/sortition/sortition_algorithms_fixture_150/";

    private AssemblyFixtures() {
    }

    /** example_small_20 (Flanigan et al. 2021): 200 volunteers, 20 seats, LEXIMIN gives everyone 0.1. */
    public static long smallComputed(AssemblyService assemblies, String name) {
        long id = small(assemblies, name);
        assemblies.compute(id, assemblies.get(id).version(), Algorithm.LEXIMIN);
        return id;
    }

    /** example_small_20, not yet computed. */
    public static long small(AssemblyService assemblies, String name) {
        return assemblies.create(name, "20", false, "categories.csv", SharedData.text(SMALL + "categories.csv"),
                "respondents.csv", SharedData.text(SMALL + "respondents.csv"));
    }

    /**
     * The Sortition Foundation's fixture: 150 candidates with (made-up) names, e-mail and addresses, 22 seats,
     * MAXIMIN (several times faster than LEXIMIN here), one member per household.
     */
    public static long sfComputed(AssemblyService assemblies, String name) {
        long id = assemblies.create(name, "22", true, "features.csv", SharedData.text(SF + "features.csv"),
                "candidates.csv", SharedData.text(SF + "candidates.csv"));
        assemblies.compute(id, assemblies.get(id).version(), Algorithm.MAXIMIN);
        return id;
    }
}
