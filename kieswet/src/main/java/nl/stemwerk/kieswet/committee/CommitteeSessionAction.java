package nl.stemwerk.kieswet.committee;

/** The transitions of {@link CommitteeSessionStatus}. */
public enum CommitteeSessionAction {
    PREPARE,
    LAST_ITEM_DELETED,
    START_DATA_ENTRY,
    PAUSE_DATA_ENTRY,
    RESUME_DATA_ENTRY,
    FINISH_DATA_ENTRY
}
