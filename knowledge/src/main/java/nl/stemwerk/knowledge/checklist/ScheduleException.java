package nl.stemwerk.knowledge.checklist;

/** The anchor dates given for an election do not fit together; {@link #code()} is the stable machine code. */
public final class ScheduleException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the dates. */
    public enum Code {
        NOMINATION_NOT_BEFORE_ELECTION,
        ELECTION_DAY_NOT_IN_YEAR,
        GSB_SESSION_BEFORE_ELECTION_DAY,
        CSB_SESSION_BEFORE_GSB_SESSION
    }

    private final Code code;

    ScheduleException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
