package nl.stemwerk.budgeting.preferendum;

import java.util.List;

import nl.stemwerk.budgeting.money.Fraction;

/**
 * The counted preferendum.
 *
 * @param preferendum the question
 * @param ballots     how many residents answered
 * @param options     every option, best first
 */
public record PreferendumResult(Preferendum preferendum, long ballots, List<OptionResult> options) {

    public PreferendumResult {
        options = List.copyOf(options);
    }

    /**
     * One option's result.
     *
     * @param option       the option
     * @param place        1 = best; options that tie completely share a place
     * @param distribution for SCORE: how many residents gave each score, from the lowest score up; for BORDA: how
     *                     many ranked it first, second, …; the last entry counts ballots that left it out
     * @param total        the sum of scores, or the Borda points
     * @param average      total / ballots, exactly
     */
    public record OptionResult(PreferendumOption option, int place, List<Long> distribution, long total,
                               Fraction average) {
        public OptionResult {
            distribution = List.copyOf(distribution);
        }
    }
}
