package nl.stemwerk.eml.count;

/**
 * Where a {@link CountWriter} is in its document: the order of a 510 is fixed (contests hold the reporting
 * units, and a 510 has at least one contest), so each call is a transition that either fits or is refused.
 * Diagram: {@code docs/state-machines/count-writer.md}.
 */
enum CountWriterState {
    /** Header written, no contest yet. */
    OPENED,
    /** Inside a contest: its totals are written, reporting units may follow. */
    IN_CONTEST,
    /** After a contest: another may start, or the document may end. */
    BETWEEN_CONTESTS,
    /** The document is closed. */
    FINISHED;

    CountWriterState startContest() {
        return require(this == OPENED || this == BETWEEN_CONTESTS, "a contest starts after the header or another"
                + " contest", IN_CONTEST);
    }

    CountWriterState addReportingUnit() {
        return require(this == IN_CONTEST, "a reporting unit belongs inside a contest", IN_CONTEST);
    }

    CountWriterState endContest() {
        return require(this == IN_CONTEST, "only an open contest can end", BETWEEN_CONTESTS);
    }

    CountWriterState finish() {
        return require(this == BETWEEN_CONTESTS, "a 510 ends after at least one whole contest", FINISHED);
    }

    private CountWriterState require(boolean allowed, String rule, CountWriterState next) {
        if (!allowed) {
            throw new IllegalStateException("CountWriter used out of order in state " + this + ": " + rule);
        }
        return next;
    }
}
