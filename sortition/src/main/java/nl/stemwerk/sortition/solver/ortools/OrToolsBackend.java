package nl.stemwerk.sortition.solver.ortools;

import java.time.Duration;

import com.google.ortools.Loader;
import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPModelRequest.SolverType;
import com.google.ortools.linearsolver.MPSolver;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.solver.MathModel;
import nl.stemwerk.sortition.solver.SolverBackend;

/**
 * Google OR-Tools through its MPSolver wrapper: GLOP (Google's simplex) for linear programs and CBC for integer
 * programs by default, both single-threaded, so that the same input gives the same lottery.
 *
 * <p>OR-Tools ships its native libraries inside per-platform jars; {@link Loader} unpacks the one for this
 * machine into a temporary folder on first use.
 */
public final class OrToolsBackend implements SolverBackend {
    /**
     * How long one linear solve may take before it is solved again from scratch. The masters of the benchmark
     * pools solve in well under this on a busy 2-core machine. GLOP keeps to the limit; CLP, through MPSolver,
     * was seen to ignore it (decision 0026).
     */
    static final Duration LINEAR_TIME_LIMIT = Duration.ofSeconds(15);
    /** After this the solve from scratch gives up too and the solve counts as failed. */
    static final Duration FALLBACK_TIME_LIMIT = Duration.ofMinutes(5);
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

    /** GLOP for the linear programs and CBC for the integer programs (see the module README). */
    public static OrToolsBackend standard() {
        return new OrToolsBackend("GLOP", "CBC");
    }

    @Override
    public MathModel linearModel() {
        return new OrToolsModel(create(linearSolver), false,
                new LinearFallback(LINEAR_TIME_LIMIT, SolverType.GLOP_LINEAR_PROGRAMMING, FALLBACK_TIME_LIMIT));
    }

    @Override
    public MathModel integerModel() {
        return new OrToolsModel(create(integerSolver), true, null);
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
