package nl.stemwerk.eml.count;

import java.util.Optional;

import nl.stemwerk.eml.ContestIdentity;

/**
 * Receives a 510 while it is read, one reporting unit at a time, so that a file with thousands of units never
 * has to fit in memory.
 *
 * <p>Everything a listener receives is provisional until {@link CountReader#stream} returns normally: the totals
 * are checked only at the end of each contest, and the file may still turn out to be broken. When it throws,
 * throw away what the listener collected.
 */
public interface CountListener {
    /** Called once, before any contest. */
    default void header(CountHeader header) {
    }

    /** Called at the start of each contest, with its {@code TotalVotes} when the file has them. */
    default void contest(ContestIdentity contest, Optional<VoteCount> totals) {
    }

    /** Called for each {@code ReportingUnitVotes}, in file order. */
    void reportingUnit(ContestIdentity contest, ReportingUnitVotes votes);
}
