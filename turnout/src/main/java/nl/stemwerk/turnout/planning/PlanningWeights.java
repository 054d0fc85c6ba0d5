package nl.stemwerk.turnout.planning;

/**
 * How much each shortage counts in the planning score. The defaults give coverage and distance 40 % each
 * and turnout 20 %, because turnout per area is the least reliable of the three (voters may vote anywhere).
 *
 * @param coverage weight of "few stations per 1000"
 * @param turnout  weight of "low turnout"
 * @param distance weight of "far to the nearest station"
 */
public record PlanningWeights(double coverage, double turnout, double distance) {
    public static final PlanningWeights DEFAULT = new PlanningWeights(0.4, 0.2, 0.4);

    public PlanningWeights {
        if (coverage < 0 || turnout < 0 || distance < 0 || coverage + turnout + distance <= 0) {
            throw new IllegalArgumentException("weights must be >= 0 and not all 0");
        }
    }
}
