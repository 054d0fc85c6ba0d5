package nl.stemwerk.sortition.solver.ortools;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPSolver;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * Google OR-Tools through its MPSolver wrapper: CLP (COIN-OR's simplex) for linear programs and CBC for integer
 * programs by default, both single-threaded, so that the same input gives the same lottery.
 *
 * <p>OR-Tools ships its native libraries inside per-platform jars; {@link Loader} unpacks the one for this
 * machine into a temporary folder on first use.
 */
public final class OrToolsBackend implements SolverBackend {
    private static volatile boolean loaded;

    private final String linearSolver;
    private final String integerSolver;

    /**
     * @param linearSolver  an MPSolver id for linear programs, for example "GLOP" or "CLP"
     * @param integerSolver an MPSolver id for integer programs, for example "CBC" or "SCIP"
     */
    public OrToolsBackend(String linearSolver, String integerSolver) {
        this.linearSolver = linearSolver;
        this.integerSolver = integerSolver;
        load();
    }

    /** CLP for the linear programs and CBC for the integer programs (see the module README). */
    public static OrToolsBackend standard() {
        return new OrToolsBackend("CLP", "CBC");
    }

    @Override
    public MathModel linearModel() {
        return new OrToolsModel(create(linearSolver), false);
    }

    @Override
    public MathModel integerModel() {
        return new OrToolsModel(create(integerSolver), true);
    }

    @Override
    public String description() {
        return "OR-Tools " + OrToolsVersion.getVersionString() + " " + linearSolver + "/" + integerSolver;
    }

    private static MPSolver create(String id) {
        MPSolver solver = MPSolver.createSolver(id);
        if (solver == null) {
            throw new SortitionException(ProblemCode.SOLVER_FAILED,
                    "De rekenmodule '" + id + "' is niet beschikbaar in deze versie van OR-Tools.");
        }
        return solver;
    }

    private static void load() {
        if (loaded) {
            return;
        }
        synchronized (OrToolsBackend.class) {
            if (!loaded) {
                try {
                    Loader.loadNativeLibraries();
                } catch (RuntimeException | LinkageError e) {
                    throw new SortitionException(ProblemCode.SOLVER_FAILED, "De rekenbibliotheek OR-Tools kan op dit"
                            + " systeem niet starten (" + System.getProperty("os.name") + ", "
                            + System.getProperty("os.arch") + "). Technische reden: " + e.getMessage());
                }
                loaded = true;
            }
        }
    }
}
