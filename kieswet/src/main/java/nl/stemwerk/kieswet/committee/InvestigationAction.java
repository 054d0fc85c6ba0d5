package nl.stemwerk.kieswet.committee;

/** The transitions of {@link InvestigationStatus}. */
public enum InvestigationAction {
    CONCLUDE_WITHOUT_NEW_RESULTS,
    CONCLUDE_WITH_NEW_RESULTS,
    REOPEN,
    SWITCH_TO_WITHOUT_NEW_RESULTS,
    SWITCH_TO_WITH_NEW_RESULTS
}
