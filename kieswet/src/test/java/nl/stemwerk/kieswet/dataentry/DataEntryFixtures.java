package nl.stemwerk.kieswet.dataentry;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stemwerk.kieswet.entry.EntryBuilder;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** Typists, entries and one sample of every state, for the data-entry tests. */
final class DataEntryFixtures {
    static final TypistId A = new TypistId("A");
    static final TypistId B = new TypistId("B");
    static final TypistId C = new TypistId("C");

    /** An empty Na 31-2 Bijlage 1 for two lists of three candidates. */
    static final ReportEntry EMPTY_FORM = ReportEntry.empty(EntryModel.GSB_CSO, twoListsOfThree());
    /** A proces-verbaal that passes every check. */
    static final ReportEntry VALID = EntryBuilder.valid().cso();
    /** Another one that passes every check, with list 1's votes spread differently. */
    static final ReportEntry OTHER_VALID = otherValid();
    /** One with error F.201. */
    static final ReportEntry WITH_ERRORS = withErrors();

    private DataEntryFixtures() {
    }

    /** One sample per state, with typist A first and B second. */
    static Map<DataEntryStatusName, DataEntryStatus> samples() {
        Map<DataEntryStatusName, DataEntryStatus> samples = new LinkedHashMap<>();
        for (DataEntryStatus status : new DataEntryStatus[] {
            new Empty(),
            new FirstEntryInProgress(A, VALID),
            new FirstEntryHasErrors(A, WITH_ERRORS),
            new FirstEntryFinalised(A, VALID),
            new SecondEntryInProgress(A, VALID, B, VALID),
            new EntriesDifferent(A, VALID, B, OTHER_VALID),
            new FirstEntryCorrection(A, OTHER_VALID, B, VALID),
            new SecondEntryCorrection(A, VALID, B, OTHER_VALID),
            new Definitive(A, B, VALID),
        }) {
            samples.put(status.name(), status);
        }
        return samples;
    }

    /** Takes an action the way the right person would: the entry's own typist, or B for a new second entry. */
    static DataEntryStatus apply(DataEntryStatus status, DataEntryAction action) {
        boolean second = action.name().contains("SECOND");
        return apply(status, action, second ? secondTypist(status) : firstTypist(status), VALID);
    }

    /** Takes an action; typist and entry are used by the actions that need them (the entry only by a save). */
    static DataEntryStatus apply(DataEntryStatus status, DataEntryAction action, TypistId typist, ReportEntry entry) {
        return switch (action) {
            case CLAIM_FIRST_ENTRY -> status.claimFirstEntry(typist, EMPTY_FORM);
            case SAVE_FIRST_ENTRY -> status.saveFirstEntry(typist, entry);
            case FINALISE_FIRST_ENTRY -> status.finaliseFirstEntry(typist);
            case DISCARD_FIRST_ENTRY -> status.discardFirstEntry(typist);
            case CLAIM_SECOND_ENTRY -> status.claimSecondEntry(typist, EMPTY_FORM);
            case SAVE_SECOND_ENTRY -> status.saveSecondEntry(typist, entry);
            case FINALISE_SECOND_ENTRY -> status.finaliseSecondEntry(typist);
            case DISCARD_SECOND_ENTRY -> status.discardSecondEntry(typist);
            case RESUME_FIRST_ENTRY -> status.resumeFirstEntry();
            case DISCARD_FIRST_ENTRY_WITH_ERRORS -> status.discardFirstEntryWithErrors();
            case KEEP_FIRST_ENTRY -> status.keepFirstEntry();
            case KEEP_SECOND_ENTRY -> status.keepSecondEntry();
            case DISCARD_BOTH_ENTRIES -> status.discardBothEntries();
            case CORRECT_FIRST_ENTRY -> status.correctFirstEntry();
            case CORRECT_SECOND_ENTRY -> status.correctSecondEntry();
            case RESET -> status.reset();
        };
    }

    static TypistId firstTypist(DataEntryStatus status) {
        return switch (status) {
            case Empty e -> A;
            case FirstEntryInProgress s -> s.firstTypist();
            case FirstEntryHasErrors s -> s.firstTypist();
            case FirstEntryFinalised s -> s.firstTypist();
            case SecondEntryInProgress s -> s.firstTypist();
            case EntriesDifferent s -> s.firstTypist();
            case FirstEntryCorrection s -> s.firstTypist();
            case SecondEntryCorrection s -> s.firstTypist();
            case Definitive s -> s.firstTypist();
        };
    }

    static TypistId secondTypist(DataEntryStatus status) {
        return switch (status) {
            case SecondEntryInProgress s -> s.secondTypist();
            case EntriesDifferent s -> s.secondTypist();
            case FirstEntryCorrection s -> s.secondTypist();
            case SecondEntryCorrection s -> s.secondTypist();
            case Definitive s -> s.secondTypist();
            default -> firstTypist(status).equals(B) ? C : B;
        };
    }

    private static Map<Integer, Integer> twoListsOfThree() {
        Map<Integer, Integer> lists = new LinkedHashMap<>();
        lists.put(1, 3);
        lists.put(2, 3);
        return lists;
    }

    private static ReportEntry otherValid() {
        EntryBuilder entry = EntryBuilder.valid();
        entry.list1 = EntryBuilder.counts(11, 19, 30);
        return entry.cso();
    }

    private static ReportEntry withErrors() {
        EntryBuilder entry = EntryBuilder.valid();
        entry.b = nl.stemwerk.kieswet.entry.Count.of(1);
        return entry.cso();
    }
}
