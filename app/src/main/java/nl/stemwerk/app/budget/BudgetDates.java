package nl.stemwerk.app.budget;

import java.time.LocalDate;

/**
 * The dates residents see. Voting is possible only in the voting phase and, when set, from {@code votingOpens}
 * up to and including {@code votingCloses}; the other dates are shown, not enforced.
 */
public record BudgetDates(LocalDate submissionOpens, LocalDate submissionCloses, LocalDate votingOpens,
                          LocalDate votingCloses, LocalDate resultOn) {

    public static final BudgetDates NONE = new BudgetDates(null, null, null, null, null);

    /** Whether {@code today} lies within the voting dates (an open end counts as open). */
    public boolean votingOpenOn(LocalDate today) {
        return (votingOpens == null || !today.isBefore(votingOpens))
                && (votingCloses == null || !today.isAfter(votingCloses));
    }
}
