package nl.stemwerk.kieswet.committee;

/**
 * Where an investigation ("onderzoek") of a polling station's result stands, ordered by the central electoral
 * committee and done by the municipal committee in a later session. It ends with or without new results (a
 * corrigendum to enter); the conclusion can be changed or reopened as long as the session is open.
 * Diagram: {@code docs/state-machines/investigation.md}.
 */
public enum InvestigationStatus {
    IN_PROGRESS,
    CONCLUDED_WITHOUT_NEW_RESULTS,
    CONCLUDED_WITH_NEW_RESULTS;

    /**
     * The investigation found nothing to correct.
     *
     * @param newPollingStation whether the station was added in this session; a new station always needs results
     */
    public InvestigationStatus concludeWithoutNewResults(boolean newPollingStation) {
        if (this != IN_PROGRESS) {
            throw invalid(InvestigationAction.CONCLUDE_WITHOUT_NEW_RESULTS);
        }
        return withoutNewResults(newPollingStation, InvestigationAction.CONCLUDE_WITHOUT_NEW_RESULTS);
    }

    /** The investigation leads to new results: two typists enter the corrigendum. */
    public InvestigationStatus concludeWithNewResults() {
        if (this != IN_PROGRESS) {
            throw invalid(InvestigationAction.CONCLUDE_WITH_NEW_RESULTS);
        }
        return CONCLUDED_WITH_NEW_RESULTS;
    }

    /** A concluded investigation is taken up again, while the session is open. */
    public InvestigationStatus reopen(CommitteeSessionStatus session) {
        requireConcludedInOpenSession(session, InvestigationAction.REOPEN);
        return IN_PROGRESS;
    }

    /** The conclusion changes to "without new results", while the session is open. */
    public InvestigationStatus switchToWithoutNewResults(CommitteeSessionStatus session, boolean newPollingStation) {
        requireConcludedInOpenSession(session, InvestigationAction.SWITCH_TO_WITHOUT_NEW_RESULTS);
        if (this == CONCLUDED_WITHOUT_NEW_RESULTS) {
            throw invalid(InvestigationAction.SWITCH_TO_WITHOUT_NEW_RESULTS);
        }
        return withoutNewResults(newPollingStation, InvestigationAction.SWITCH_TO_WITHOUT_NEW_RESULTS);
    }

    /** The conclusion changes to "with new results", while the session is open. */
    public InvestigationStatus switchToWithNewResults(CommitteeSessionStatus session) {
        requireConcludedInOpenSession(session, InvestigationAction.SWITCH_TO_WITH_NEW_RESULTS);
        if (this == CONCLUDED_WITH_NEW_RESULTS) {
            throw invalid(InvestigationAction.SWITCH_TO_WITH_NEW_RESULTS);
        }
        return CONCLUDED_WITH_NEW_RESULTS;
    }

    private InvestigationStatus withoutNewResults(boolean newPollingStation, InvestigationAction action) {
        if (newPollingStation) {
            throw refuse(InvestigationTransitionError.REQUIRES_NEW_RESULTS, action);
        }
        return CONCLUDED_WITHOUT_NEW_RESULTS;
    }

    private void requireConcludedInOpenSession(CommitteeSessionStatus session, InvestigationAction action) {
        if (this == IN_PROGRESS) {
            throw invalid(action);
        }
        if (!session.isOpen()) {
            throw refuse(InvestigationTransitionError.SESSION_COMPLETED, action);
        }
    }

    private InvestigationTransitionException invalid(InvestigationAction action) {
        return refuse(InvestigationTransitionError.INVALID_TRANSITION, action);
    }

    private InvestigationTransitionException refuse(InvestigationTransitionError error, InvestigationAction action) {
        return new InvestigationTransitionException(error, this, action);
    }
}
