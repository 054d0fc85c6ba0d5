package nl.stemwerk.sortition.selection;

/**
 * A progress report for a progress bar.
 *
 * @param phase              what the computation is doing
 * @param panelsFound        panels that meet the quotas found so far
 * @param settledVolunteers  volunteers whose probability is final
 * @param volunteers         volunteers in the pool
 * @param lowestProbability  the lowest probability reached so far, or NaN before it is known
 */
public record SelectionProgress(SelectionPhase phase, int panelsFound, int settledVolunteers, int volunteers,
                                double lowestProbability) {

    /** The share of volunteers whose probability is final, 0 to 1. */
    public double fractionSettled() {
        return volunteers == 0 ? 1 : (double) settledVolunteers / volunteers;
    }
}
