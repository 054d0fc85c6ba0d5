package nl.stemwerk.kieswet.dataentry;

import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.ALREADY_DEFINITIVE;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.ALREADY_EMPTY;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.CORRECTION_NOT_ALLOWED;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.FIRST_ENTRY_ALREADY_CLAIMED;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.FIRST_ENTRY_ALREADY_FINALISED;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.INVALID_TRANSITION;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.NOT_THE_TYPIST_OF_THIS_ENTRY;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.SECOND_ENTRY_ALREADY_CLAIMED;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.SECOND_ENTRY_NEEDS_DIFFERENT_TYPIST;
import static nl.stemwerk.kieswet.dataentry.DataEntryTransitionError.WRONG_MODEL;

import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.check.EntryComparison;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * Where the double entry of one proces-verbaal stands. Two different typists enter it independently; only two equal
 * entries become definitive (four-eyes principle; the Kiesraad reads art. P 20a Kieswet, from the Wet programmatuur
 * verkiezingsuitslagen, as asking for two separate entries by two people). Errors do not block a typist, but a
 * coordinator must resolve them; differences between the entries are resolved by the coordinator too.
 *
 * <p>Each transition is a method that returns the next state or throws {@link DataEntryTransitionException}.
 * The diagram is in {@code docs/state-machines/data-entry.md}.
 */
public sealed interface DataEntryStatus permits Empty, FirstEntryInProgress, FirstEntryHasErrors,
        FirstEntryFinalised, SecondEntryInProgress, EntriesDifferent, FirstEntryCorrection, SecondEntryCorrection,
        Definitive {

    DataEntryStatusName name();

    /** A typist starts the first entry, or takes up their own first entry again. */
    default DataEntryStatus claimFirstEntry(TypistId typist, ReportEntry emptyEntry) {
        return switch (this) {
            case Empty e -> new FirstEntryInProgress(typist, emptyEntry);
            case FirstEntryInProgress s -> ownedBy(s.firstTypist(), typist, FIRST_ENTRY_ALREADY_CLAIMED,
                    DataEntryAction.CLAIM_FIRST_ENTRY);
            case FirstEntryCorrection s -> ownedBy(s.firstTypist(), typist, FIRST_ENTRY_ALREADY_CLAIMED,
                    DataEntryAction.CLAIM_FIRST_ENTRY);
            default -> refuse(DataEntryAction.CLAIM_FIRST_ENTRY);
        };
    }

    /** Another typist starts the second entry, or takes up their own second entry again. */
    default DataEntryStatus claimSecondEntry(TypistId typist, ReportEntry emptyEntry) {
        return switch (this) {
            case FirstEntryFinalised s -> {
                if (s.firstTypist().equals(typist)) {
                    throw fail(SECOND_ENTRY_NEEDS_DIFFERENT_TYPIST, DataEntryAction.CLAIM_SECOND_ENTRY);
                }
                requireSameModel(s.firstEntry(), emptyEntry, DataEntryAction.CLAIM_SECOND_ENTRY);
                yield new SecondEntryInProgress(s.firstTypist(), s.firstEntry(), typist, emptyEntry);
            }
            case SecondEntryInProgress s -> ownedBy(s.secondTypist(), typist, SECOND_ENTRY_ALREADY_CLAIMED,
                    DataEntryAction.CLAIM_SECOND_ENTRY);
            case SecondEntryCorrection s -> ownedBy(s.secondTypist(), typist, SECOND_ENTRY_ALREADY_CLAIMED,
                    DataEntryAction.CLAIM_SECOND_ENTRY);
            default -> refuse(DataEntryAction.CLAIM_SECOND_ENTRY);
        };
    }

    /** The first typist saves what is typed so far. */
    default DataEntryStatus saveFirstEntry(TypistId typist, ReportEntry entry) {
        return switch (this) {
            case FirstEntryInProgress s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.SAVE_FIRST_ENTRY);
                requireSameModel(s.firstEntry(), entry, DataEntryAction.SAVE_FIRST_ENTRY);
                yield new FirstEntryInProgress(typist, entry);
            }
            case FirstEntryCorrection s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.SAVE_FIRST_ENTRY);
                requireSameModel(s.firstEntry(), entry, DataEntryAction.SAVE_FIRST_ENTRY);
                yield new FirstEntryCorrection(typist, entry, s.secondTypist(), s.secondEntry());
            }
            default -> refuse(DataEntryAction.SAVE_FIRST_ENTRY);
        };
    }

    /** The second typist saves what is typed so far. */
    default DataEntryStatus saveSecondEntry(TypistId typist, ReportEntry entry) {
        return switch (this) {
            case SecondEntryInProgress s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.SAVE_SECOND_ENTRY);
                requireSameModel(s.secondEntry(), entry, DataEntryAction.SAVE_SECOND_ENTRY);
                yield new SecondEntryInProgress(s.firstTypist(), s.firstEntry(), typist, entry);
            }
            case SecondEntryCorrection s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.SAVE_SECOND_ENTRY);
                requireSameModel(s.secondEntry(), entry, DataEntryAction.SAVE_SECOND_ENTRY);
                yield new SecondEntryCorrection(s.firstTypist(), s.firstEntry(), typist, entry);
            }
            default -> refuse(DataEntryAction.SAVE_SECOND_ENTRY);
        };
    }

    /**
     * The first typist finishes. A new first entry with errors waits for the coordinator; a corrected first entry is
     * compared with the second again.
     */
    default DataEntryStatus finaliseFirstEntry(TypistId typist) {
        return switch (this) {
            case FirstEntryInProgress s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.FINALISE_FIRST_ENTRY);
                yield finalised(s.firstTypist(), s.firstEntry());
            }
            case FirstEntryCorrection s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.FINALISE_FIRST_ENTRY);
                yield compared(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            }
            default -> refuse(DataEntryAction.FINALISE_FIRST_ENTRY);
        };
    }

    /** The second typist finishes: equal entries are definitive, otherwise the coordinator resolves the difference. */
    default DataEntryStatus finaliseSecondEntry(TypistId typist) {
        return switch (this) {
            case SecondEntryInProgress s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.FINALISE_SECOND_ENTRY);
                yield compared(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            }
            case SecondEntryCorrection s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.FINALISE_SECOND_ENTRY);
                yield compared(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            }
            default -> refuse(DataEntryAction.FINALISE_SECOND_ENTRY);
        };
    }

    /**
     * The first typist throws away their unfinished entry. Stopping a correction keeps the second entry, which then
     * becomes the first entry.
     */
    default DataEntryStatus discardFirstEntry(TypistId typist) {
        return switch (this) {
            case FirstEntryInProgress s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.DISCARD_FIRST_ENTRY);
                yield new Empty();
            }
            case FirstEntryCorrection s -> {
                requireTypist(s.firstTypist(), typist, DataEntryAction.DISCARD_FIRST_ENTRY);
                yield new FirstEntryFinalised(s.secondTypist(), s.secondEntry());
            }
            default -> refuse(DataEntryAction.DISCARD_FIRST_ENTRY);
        };
    }

    /** The second typist throws away their unfinished entry; the first entry stays. */
    default DataEntryStatus discardSecondEntry(TypistId typist) {
        return switch (this) {
            case SecondEntryInProgress s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.DISCARD_SECOND_ENTRY);
                yield new FirstEntryFinalised(s.firstTypist(), s.firstEntry());
            }
            case SecondEntryCorrection s -> {
                requireTypist(s.secondTypist(), typist, DataEntryAction.DISCARD_SECOND_ENTRY);
                yield new FirstEntryFinalised(s.firstTypist(), s.firstEntry());
            }
            default -> refuse(DataEntryAction.DISCARD_SECOND_ENTRY);
        };
    }

    /** Coordinator, resolving errors: the first typist goes on with the entry (after checking the paper). */
    default DataEntryStatus resumeFirstEntry() {
        if (this instanceof FirstEntryHasErrors s) {
            return new FirstEntryInProgress(s.firstTypist(), s.firstEntry());
        }
        return refuse(DataEntryAction.RESUME_FIRST_ENTRY);
    }

    /** Coordinator, resolving errors: the first entry is thrown away. */
    default DataEntryStatus discardFirstEntryWithErrors() {
        if (this instanceof FirstEntryHasErrors) {
            return new Empty();
        }
        return refuse(DataEntryAction.DISCARD_FIRST_ENTRY_WITH_ERRORS);
    }

    /** Coordinator, resolving differences: keep the first entry; a new second entry is needed. */
    default DataEntryStatus keepFirstEntry() {
        if (this instanceof EntriesDifferent s) {
            return finalised(s.firstTypist(), s.firstEntry());
        }
        return refuse(DataEntryAction.KEEP_FIRST_ENTRY);
    }

    /** Coordinator, resolving differences: keep the second entry, which becomes the first; a new second is needed. */
    default DataEntryStatus keepSecondEntry() {
        if (this instanceof EntriesDifferent s) {
            return finalised(s.secondTypist(), s.secondEntry());
        }
        return refuse(DataEntryAction.KEEP_SECOND_ENTRY);
    }

    /** Coordinator, resolving differences: throw both entries away and start again. */
    default DataEntryStatus discardBothEntries() {
        if (this instanceof EntriesDifferent) {
            return new Empty();
        }
        return refuse(DataEntryAction.DISCARD_BOTH_ENTRIES);
    }

    /** Coordinator, resolving differences: send the first entry back to its typist; the second must have no errors. */
    default DataEntryStatus correctFirstEntry() {
        if (this instanceof EntriesDifferent s) {
            if (EntryChecks.check(s.secondEntry()).hasErrors()) {
                throw fail(CORRECTION_NOT_ALLOWED, DataEntryAction.CORRECT_FIRST_ENTRY);
            }
            return new FirstEntryCorrection(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
        }
        return refuse(DataEntryAction.CORRECT_FIRST_ENTRY);
    }

    /** Coordinator, resolving differences: send the second entry back to its typist; the first must have no errors. */
    default DataEntryStatus correctSecondEntry() {
        if (this instanceof EntriesDifferent s) {
            if (EntryChecks.check(s.firstEntry()).hasErrors()) {
                throw fail(CORRECTION_NOT_ALLOWED, DataEntryAction.CORRECT_SECOND_ENTRY);
            }
            return new SecondEntryCorrection(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
        }
        return refuse(DataEntryAction.CORRECT_SECOND_ENTRY);
    }

    /** Coordinator: clear everything and start again, from any state. */
    default DataEntryStatus reset() {
        if (this instanceof Empty) {
            throw fail(ALREADY_EMPTY, DataEntryAction.RESET);
        }
        return new Empty();
    }

    private DataEntryStatus ownedBy(TypistId owner, TypistId typist, DataEntryTransitionError otherwise,
                                    DataEntryAction action) {
        if (!owner.equals(typist)) {
            throw fail(otherwise, action);
        }
        return this;
    }

    private void requireTypist(TypistId owner, TypistId typist, DataEntryAction action) {
        if (!owner.equals(typist)) {
            throw fail(NOT_THE_TYPIST_OF_THIS_ENTRY, action);
        }
    }

    private void requireSameModel(ReportEntry current, ReportEntry next, DataEntryAction action) {
        if (current.model() != next.model()) {
            throw fail(WRONG_MODEL, action);
        }
    }

    /** The most helpful refusal: already definitive, first entry already finished, or simply not possible. */
    private DataEntryStatus refuse(DataEntryAction action) {
        if (this instanceof Definitive) {
            throw fail(ALREADY_DEFINITIVE, action);
        }
        if ((this instanceof FirstEntryFinalised || this instanceof SecondEntryInProgress)
                && action.typistsFirstEntry()) {
            throw fail(FIRST_ENTRY_ALREADY_FINALISED, action);
        }
        throw fail(INVALID_TRANSITION, action);
    }

    private DataEntryTransitionException fail(DataEntryTransitionError error, DataEntryAction action) {
        return new DataEntryTransitionException(error, name(), action);
    }

    private static DataEntryStatus finalised(TypistId typist, ReportEntry entry) {
        return EntryChecks.check(entry).hasErrors()
                ? new FirstEntryHasErrors(typist, entry)
                : new FirstEntryFinalised(typist, entry);
    }

    /**
     * Equal entries become definitive. A first entry only reaches this comparison without errors (finalised, or
     * kept for a correction because it had none), so an equal second entry has none either.
     */
    private static DataEntryStatus compared(TypistId firstTypist, ReportEntry first, TypistId secondTypist,
                                            ReportEntry second) {
        return EntryComparison.of(first, second).equal()
                ? new Definitive(firstTypist, secondTypist, second)
                : new EntriesDifferent(firstTypist, first, secondTypist, second);
    }
}
