package nl.stemwerk.kieswet.committee;

/**
 * Where a session ("zitting") of an electoral committee stands. A session is prepared once it has something to
 * enter (a polling station, an investigation, or for the central committee its subcommittee); data entry can be
 * paused and resumed; a completed session can be reopened for more data entry.
 * Diagram: {@code docs/state-machines/committee-session.md}.
 */
public enum CommitteeSessionStatus {
    CREATED,
    IN_PREPARATION,
    DATA_ENTRY,
    PAUSED,
    COMPLETED;

    /** The first polling station, investigation or subcommittee was added. */
    public CommitteeSessionStatus prepare() {
        return switch (this) {
            case CREATED -> IN_PREPARATION;
            default -> throw refuse(CommitteeSessionAction.PREPARE);
        };
    }

    /** The last polling station or investigation was deleted: nothing is left to enter. */
    public CommitteeSessionStatus lastItemDeleted() {
        return switch (this) {
            case IN_PREPARATION, DATA_ENTRY, PAUSED, COMPLETED -> CREATED;
            case CREATED -> throw refuse(CommitteeSessionAction.LAST_ITEM_DELETED);
        };
    }

    public CommitteeSessionStatus startDataEntry() {
        return switch (this) {
            case IN_PREPARATION -> DATA_ENTRY;
            default -> throw refuse(CommitteeSessionAction.START_DATA_ENTRY);
        };
    }

    public CommitteeSessionStatus pauseDataEntry() {
        return switch (this) {
            case DATA_ENTRY -> PAUSED;
            default -> throw refuse(CommitteeSessionAction.PAUSE_DATA_ENTRY);
        };
    }

    /** Data entry goes on after a pause, or again after completion (for instance after adding a station). */
    public CommitteeSessionStatus resumeDataEntry() {
        return switch (this) {
            case PAUSED, COMPLETED -> DATA_ENTRY;
            default -> throw refuse(CommitteeSessionAction.RESUME_DATA_ENTRY);
        };
    }

    /**
     * Data entry is finished; only when every entry of the session is definitive.
     *
     * @param allEntriesDefinitive whether every data entry of the session is definitive
     */
    public CommitteeSessionStatus finishDataEntry(boolean allEntriesDefinitive) {
        return switch (this) {
            case DATA_ENTRY, PAUSED -> {
                if (!allEntriesDefinitive) {
                    throw new CommitteeSessionTransitionException(
                            CommitteeSessionTransitionError.ENTRIES_NOT_DEFINITIVE, this,
                            CommitteeSessionAction.FINISH_DATA_ENTRY);
                }
                yield COMPLETED;
            }
            default -> throw refuse(CommitteeSessionAction.FINISH_DATA_ENTRY);
        };
    }

    /** Whether the session still takes changes: every state but completed. */
    public boolean isOpen() {
        return this != COMPLETED;
    }

    private CommitteeSessionTransitionException refuse(CommitteeSessionAction action) {
        return new CommitteeSessionTransitionException(CommitteeSessionTransitionError.INVALID_TRANSITION, this,
                action);
    }
}
