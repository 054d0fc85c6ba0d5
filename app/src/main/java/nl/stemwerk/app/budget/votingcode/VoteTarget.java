package nl.stemwerk.app.budget.votingcode;

/**
 * What a voting code is for: one burgerbegroting or one preferendum. Part of the hashed text, so a code for one
 * vote is worthless for another.
 *
 * @param kind what is voted on
 * @param id   its database id
 */
public record VoteTarget(Kind kind, long id) {
    /** Burgerbegroting or preferendum. */
    public enum Kind {
        BUDGET("begroting"),
        PREFERENDUM("preferendum");

        private final String subjectPrefix;

        Kind(String subjectPrefix) {
            this.subjectPrefix = subjectPrefix;
        }
    }

    public static VoteTarget budget(long id) {
        return new VoteTarget(Kind.BUDGET, id);
    }

    public static VoteTarget preferendum(long id) {
        return new VoteTarget(Kind.PREFERENDUM, id);
    }

    /** The audit subject, e.g. {@code begroting:12}. */
    public String subject() {
        return kind.subjectPrefix + ":" + id;
    }
}
