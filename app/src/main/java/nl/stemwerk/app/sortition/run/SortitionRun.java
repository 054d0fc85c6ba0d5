package nl.stemwerk.app.sortition.run;

import java.util.Optional;
import nl.stemwerk.sortition.selection.Algorithm;

/**
 * A row of {@code sortition_run}: one background computation of a burgerberaad's lottery and its last stored
 * progress (public: the page reads it).
 *
 * @param assemblyVersion the burgerberaad's version when the run was queued; the lottery is stored only at it
 * @param interrupted     the server stopped while the run waited or computed
 * @param phase           the library's phase name, empty before the first report
 * @param message         Dutch: the quota advice (INFEASIBLE) or what went wrong (FAILED)
 */
public record SortitionRun(long id, long assemblyId, Algorithm algorithm, RunState state, int assemblyVersion,
                           boolean interrupted, Optional<String> phase, int panelsFound, int settledVolunteers,
                           int volunteers, Optional<Double> lowestProbability, Optional<String> checkpoint,
                           Optional<String> message, int version) {

    /** Whole percent of volunteers whose probability is final; 100 once computed. */
    public int percent() {
        if (state == RunState.COMPUTED) {
            return 100;
        }
        return volunteers == 0 ? 0 : (int) Math.floor(100.0 * settledVolunteers / volunteers);
    }
}
