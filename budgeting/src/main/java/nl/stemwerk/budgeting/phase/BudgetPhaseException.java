package nl.stemwerk.budgeting.phase;

/** A transition that the current phase does not allow. */
public final class BudgetPhaseException extends RuntimeException {

    /** Stable machine code. */
    public static final String CODE = "BUDGET_PHASE_TRANSITION";

    private final BudgetPhase phase;

    BudgetPhaseException(BudgetPhase phase, String dutchAction) {
        super("In de fase '" + phase.dutchName() + "' kunt u niet " + dutchAction + ".");
        this.phase = phase;
    }

    public String code() {
        return CODE;
    }

    public BudgetPhase phase() {
        return phase;
    }
}
