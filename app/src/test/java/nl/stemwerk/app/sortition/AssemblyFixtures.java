package nl.stemwerk.app.sortition;

import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.support.SharedData;
import nl.stemwerk.app.sortition.web.StoredAssembly;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.Sortition;

/** Computed burgerberaden on the published example pools, for the draw, replacement and retention tests. */
public final class AssemblyFixtures {
    private static final String SMALL = "data/sortition/example_small_20/";
    private static final String SF = "data/sortition/sortition_algorithms_fixture_150/";

    private AssemblyFixtures() {
    }

    /** example_small_20 (Flanigan et al. 2021): 200 volunteers, 20 seats, LEXIMIN gives everyone 0.1. */
    public static long smallComputed(AssemblyService assemblies, String name) {
        long id = small(assemblies, name);
        compute(assemblies, id, Algorithm.LEXIMIN);
        return id;
    }

    /**
     * Computes the lottery in the test's thread and stores it as a finished background run would (package
     * {@code run} is tested on its own in {@code SortitionRunIT}).
     */
    public static void compute(AssemblyService assemblies, long id, Algorithm algorithm) {
        StoredAssembly assembly = assemblies.get(id);
        SelectionOutcome outcome = Sortition.withOrTools().compute(assemblies.problem(assembly),
                SelectionOptions.of(algorithm));
        Lottery lottery = ((SelectionOutcome.Computed) outcome).lottery();
        assemblies.storeLottery(id, assembly.version(), algorithm, lottery, () -> {
        });
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
        long id = sf(assemblies, name);
        compute(assemblies, id, Algorithm.MAXIMIN);
        return id;
    }

    /** The Sortition Foundation's fixture, not yet computed. */
    public static long sf(AssemblyService assemblies, String name) {
        return assemblies.create(name, "22", true, "features.csv", SharedData.text(SF + "features.csv"),
                "candidates.csv", SharedData.text(SF + "candidates.csv"));
    }
}
