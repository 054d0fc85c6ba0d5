package nl.stemwerk.budgeting.election;

import java.util.Objects;

/** A problem that stops a calculation, with a stable code and a Dutch message (B1) for the official. */
public final class BudgetingException extends RuntimeException {

    private final BudgetingError code;

    public BudgetingException(BudgetingError code, String dutchMessage) {
        super(dutchMessage);
        this.code = Objects.requireNonNull(code, "code");
    }

    public BudgetingError code() {
        return code;
    }
}
