package nl.stemwerk.app.dataentry;

import java.time.Instant;
import java.util.Optional;
import nl.stemwerk.kieswet.dataentry.DataEntryStatus;
import nl.stemwerk.kieswet.dataentry.Definitive;
import nl.stemwerk.kieswet.dataentry.Empty;
import nl.stemwerk.kieswet.dataentry.EntriesDifferent;
import nl.stemwerk.kieswet.dataentry.FirstEntryCorrection;
import nl.stemwerk.kieswet.dataentry.FirstEntryFinalised;
import nl.stemwerk.kieswet.dataentry.FirstEntryHasErrors;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.dataentry.SecondEntryCorrection;
import nl.stemwerk.kieswet.dataentry.SecondEntryInProgress;
import nl.stemwerk.kieswet.dataentry.TypistId;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * The double entry of one proces-verbaal as it stands now: the library's state with the stored entries behind it.
 *
 * @param dataEntryId the data entry
 * @param shape       the form and its lists
 * @param version     the version of this state (0 before anything happened); a change must name it
 * @param status      the state
 * @param first       the first entry as stored, when there is one
 * @param second      the second entry as stored, when there is one
 * @param changedAt   when the state last changed, or {@code null}
 */
public record DataEntryRecord(long dataEntryId, EntryShape shape, int version, DataEntryStatus status,
                              Optional<StoredEntry> first, Optional<StoredEntry> second, Instant changedAt) {

    /** Builds the library's state from a stored row. */
    static DataEntryStatus status(String name, Optional<StoredEntry> first, Optional<StoredEntry> second) {
        return switch (nl.stemwerk.kieswet.dataentry.DataEntryStatusName.valueOf(name)) {
            case EMPTY -> new Empty();
            case FIRST_ENTRY_IN_PROGRESS -> new FirstEntryInProgress(typist(first), entry(first));
            case FIRST_ENTRY_HAS_ERRORS -> new FirstEntryHasErrors(typist(first), entry(first));
            case FIRST_ENTRY_FINALISED -> new FirstEntryFinalised(typist(first), entry(first));
            case SECOND_ENTRY_IN_PROGRESS -> new SecondEntryInProgress(typist(first), entry(first), typist(second),
                    entry(second));
            case ENTRIES_DIFFERENT -> new EntriesDifferent(typist(first), entry(first), typist(second), entry(second));
            case FIRST_ENTRY_CORRECTION -> new FirstEntryCorrection(typist(first), entry(first), typist(second),
                    entry(second));
            case SECOND_ENTRY_CORRECTION -> new SecondEntryCorrection(typist(first), entry(first), typist(second),
                    entry(second));
            case DEFINITIVE -> new Definitive(typist(first), typist(second), entry(second));
        };
    }

    /** The first typist and entry of a state, if it has them. */
    static Optional<Slot> firstOf(DataEntryStatus status) {
        return switch (status) {
            case Empty e -> Optional.empty();
            case FirstEntryInProgress s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case FirstEntryHasErrors s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case FirstEntryFinalised s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case SecondEntryInProgress s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case EntriesDifferent s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case FirstEntryCorrection s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case SecondEntryCorrection s -> Optional.of(new Slot(s.firstTypist(), s.firstEntry()));
            case Definitive s -> Optional.of(new Slot(s.firstTypist(), s.result()));
        };
    }

    /** The second typist and entry of a state, if it has them. */
    static Optional<Slot> secondOf(DataEntryStatus status) {
        return switch (status) {
            case SecondEntryInProgress s -> Optional.of(new Slot(s.secondTypist(), s.secondEntry()));
            case EntriesDifferent s -> Optional.of(new Slot(s.secondTypist(), s.secondEntry()));
            case FirstEntryCorrection s -> Optional.of(new Slot(s.secondTypist(), s.secondEntry()));
            case SecondEntryCorrection s -> Optional.of(new Slot(s.secondTypist(), s.secondEntry()));
            case Definitive s -> Optional.of(new Slot(s.secondTypist(), s.result()));
            default -> Optional.empty();
        };
    }

    /** The definitive result, when both entries agreed. */
    public Optional<ReportEntry> result() {
        return status instanceof Definitive d ? Optional.of(d.result()) : Optional.empty();
    }

    /** A typist with the entry they typed. */
    record Slot(TypistId typist, ReportEntry entry) {
    }

    private static TypistId typist(Optional<StoredEntry> stored) {
        return new TypistId(stored.orElseThrow(() -> new IllegalStateException("state without its entry")).typist());
    }

    private static ReportEntry entry(Optional<StoredEntry> stored) {
        return stored.orElseThrow(() -> new IllegalStateException("state without its entry")).entry();
    }
}
