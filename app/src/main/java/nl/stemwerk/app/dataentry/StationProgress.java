package nl.stemwerk.app.dataentry;

import java.time.Instant;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;

/**
 * Where the entry of one proces-verbaal of a session stands, for progress screens.
 *
 * @param number       the polling station's number (0 for the CSB's entry of the GSB result)
 * @param name         the station's name, or a description of what is entered
 * @param dataEntryId  the data entry, or {@code null} when nobody started yet
 * @param status       the state
 * @param version      the state's version (0 before anything happened)
 * @param firstTypist  user name of the first typist, or {@code null}
 * @param secondTypist user name of the second typist, or {@code null}
 * @param changedAt    the last change, or {@code null}
 */
public record StationProgress(int number, String name, Long dataEntryId, DataEntryStatusName status, int version,
                              String firstTypist, String secondTypist, Instant changedAt) {

    /** Whether a coordinator has to act: errors to resolve or entries that differ. */
    public boolean needsCoordinator() {
        return status == DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS || status == DataEntryStatusName.ENTRIES_DIFFERENT;
    }

    public boolean definitive() {
        return status == DataEntryStatusName.DEFINITIVE;
    }

    /** Whether {@code typist} can start or go on with an entry here. */
    public boolean openTo(String typist) {
        return switch (status) {
            case EMPTY -> true;
            case FIRST_ENTRY_IN_PROGRESS, FIRST_ENTRY_CORRECTION -> typist.equals(firstTypist);
            case FIRST_ENTRY_FINALISED -> !typist.equals(firstTypist);
            case SECOND_ENTRY_IN_PROGRESS, SECOND_ENTRY_CORRECTION -> typist.equals(secondTypist);
            default -> false;
        };
    }
}
