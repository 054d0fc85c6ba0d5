package nl.stemwerk.app.dataentry;

import java.util.function.UnaryOperator;
import nl.stemwerk.kieswet.dataentry.DataEntryStatus;

/** What the coordinator can decide about an entry, each one transition of {@link DataEntryStatus}. */
public enum Resolution {
    /** Errors: the first typist goes on with the entry after checking the paper. */
    RESUME_FIRST("invoer.fouten-terug-naar-invoerder", DataEntryStatus::resumeFirstEntry),
    /** Errors: the first entry is thrown away. */
    DISCARD_FIRST("invoer.fouten-invoer-verwijderd", DataEntryStatus::discardFirstEntryWithErrors),
    /** Differences: keep the first entry; a new second entry is needed. */
    KEEP_FIRST("invoer.eerste-bewaard", DataEntryStatus::keepFirstEntry),
    /** Differences: keep the second entry; it becomes the first, a new second entry is needed. */
    KEEP_SECOND("invoer.tweede-bewaard", DataEntryStatus::keepSecondEntry),
    /** Differences: throw both entries away. */
    DISCARD_BOTH("invoer.beide-verwijderd", DataEntryStatus::discardBothEntries),
    /** Differences: send the first entry back to its typist for correction. */
    CORRECT_FIRST("invoer.eerste-terug-voor-correctie", DataEntryStatus::correctFirstEntry),
    /** Differences: send the second entry back to its typist for correction. */
    CORRECT_SECOND("invoer.tweede-terug-voor-correctie", DataEntryStatus::correctSecondEntry),
    /** Start again from nothing, from any state. */
    RESET("invoer.opnieuw-begonnen", DataEntryStatus::reset);

    private final String auditAction;
    private final UnaryOperator<DataEntryStatus> transition;

    Resolution(String auditAction, UnaryOperator<DataEntryStatus> transition) {
        this.auditAction = auditAction;
        this.transition = transition;
    }

    String auditAction() {
        return auditAction;
    }

    DataEntryStatus apply(DataEntryStatus status) {
        return transition.apply(status);
    }
}
