package nl.stemwerk.budgeting.election;

/** Stable machine codes for problems with an election or a rule; the Dutch text travels in the exception. */
public enum BudgetingError {
    PROJECT_WITHOUT_ID,
    DUPLICATE_PROJECT,
    COST_NOT_POSITIVE,
    BUDGET_NOT_POSITIVE,
    DUPLICATE_VOTER,
    INVALID_BALLOT,
    INVALID_BALLOT_RULES,
    INVALID_CAPS,
    RULE_NEEDS_APPROVAL_BALLOTS,
    RULE_NEEDS_POINTS,
    CAPS_NOT_SET,
    LOT_INCOMPLETE,
    UNKNOWN_RULE_VARIANT
}
