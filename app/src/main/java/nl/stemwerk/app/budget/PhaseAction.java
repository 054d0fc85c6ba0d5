package nl.stemwerk.app.budget;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import nl.stemwerk.budgeting.phase.BudgetPhaseException;

/** The griffie's buttons for {@link BudgetPhase}: each calls one transition of the library's state machine. */
public enum PhaseAction {
    OPEN_SUBMISSION(BudgetPhase::openSubmission),
    SKIP_SUBMISSION(BudgetPhase::skipSubmission),
    CLOSE_SUBMISSION(BudgetPhase::closeSubmission),
    OPEN_VOTING(BudgetPhase::openVoting),
    CLOSE_VOTING(BudgetPhase::closeVoting),
    PUBLISH_RESULT(BudgetPhase::publishResult),
    CANCEL(BudgetPhase::cancel);

    private final UnaryOperator<BudgetPhase> transition;

    PhaseAction(UnaryOperator<BudgetPhase> transition) {
        this.transition = transition;
    }

    /** The next phase; throws {@link BudgetPhaseException} when {@code phase} does not allow this action. */
    public BudgetPhase apply(BudgetPhase phase) {
        return transition.apply(phase);
    }

    /** The actions the library allows in {@code phase}, in button order. */
    public static List<PhaseAction> allowedIn(BudgetPhase phase) {
        return Arrays.stream(values()).filter(action -> {
            try {
                action.apply(phase);
                return true;
            } catch (BudgetPhaseException e) {
                return false;
            }
        }).toList();
    }
}
