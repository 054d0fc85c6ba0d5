package nl.stemwerk.budgeting.phase;

/**
 * The phases of a participatory budget ("burgerbegroting"), from set-up to published result. Each transition is a
 * method that returns the next phase or throws {@link BudgetPhaseException}; the app stores the name, calls the
 * transition and writes the audit row. Diagram: {@code docs/state-machines/budget-phase.md}.
 */
public enum BudgetPhase {
    /** The griffie sets the budget, the rules and the dates ("voorbereiding"). */
    PREPARATION("voorbereiding"),
    /** Residents hand in proposals ("indienen"). */
    SUBMISSION("indienen"),
    /** The municipality checks proposals and fixes costs; the ballot is made ("beoordelen"). */
    REVIEW("beoordelen"),
    /** Residents vote ("stemmen"). */
    VOTING("stemmen"),
    /** Voting is closed; the result can be computed and checked, and a lot drawn if needed ("stemming gesloten"). */
    CLOSED("stemming gesloten"),
    /** The result is published ("uitslag bekend"); final. */
    PUBLISHED("uitslag bekend"),
    /** Stopped before a result was published ("gestopt"); final. */
    CANCELLED("gestopt");

    private final String dutchName;

    BudgetPhase(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** PREPARATION → SUBMISSION. */
    public BudgetPhase openSubmission() {
        return move(PREPARATION, SUBMISSION, "het indienen openen");
    }

    /** PREPARATION → REVIEW, when the municipality proposes the projects itself. */
    public BudgetPhase skipSubmission() {
        return move(PREPARATION, REVIEW, "zonder indienen verder gaan");
    }

    /** SUBMISSION → REVIEW. */
    public BudgetPhase closeSubmission() {
        return move(SUBMISSION, REVIEW, "het indienen sluiten");
    }

    /** REVIEW → VOTING. */
    public BudgetPhase openVoting() {
        return move(REVIEW, VOTING, "het stemmen openen");
    }

    /** VOTING → CLOSED. */
    public BudgetPhase closeVoting() {
        return move(VOTING, CLOSED, "het stemmen sluiten");
    }

    /** CLOSED → PUBLISHED. */
    public BudgetPhase publishResult() {
        return move(CLOSED, PUBLISHED, "de uitslag bekendmaken");
    }

    /** Any phase before the result → CANCELLED. */
    public BudgetPhase cancel() {
        if (isFinal()) {
            throw new BudgetPhaseException(this, "stoppen");
        }
        return CANCELLED;
    }

    public boolean acceptsProposals() {
        return this == SUBMISSION;
    }

    public boolean acceptsVotes() {
        return this == VOTING;
    }

    /** Whether the result may be computed: only once voting is closed. */
    public boolean mayCount() {
        return this == CLOSED || this == PUBLISHED;
    }

    public boolean isFinal() {
        return this == PUBLISHED || this == CANCELLED;
    }

    private BudgetPhase move(BudgetPhase from, BudgetPhase to, String action) {
        if (this != from) {
            throw new BudgetPhaseException(this, action);
        }
        return to;
    }
}
