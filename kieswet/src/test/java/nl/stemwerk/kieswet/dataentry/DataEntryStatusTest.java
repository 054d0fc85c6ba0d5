package nl.stemwerk.kieswet.dataentry;

import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.A;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.B;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.C;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.EMPTY_FORM;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.OTHER_VALID;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.VALID;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.WITH_ERRORS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ReportEntry;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The data-entry state machine: the full state × action table, then the rules behind the refusals. */
class DataEntryStatusTest {

    /**
     * Every state (rows) against every action (columns), taken by the right person. A state name is the state
     * reached; {@code -} is INVALID_TRANSITION, {@code !FAF} FIRST_ENTRY_ALREADY_FINALISED, {@code !DEF}
     * ALREADY_DEFINITIVE, {@code !AE} ALREADY_EMPTY. Columns: claim/save/finalise/discard the first entry, the same
     * for the second, resume or discard a first entry with errors, keep first, keep second, discard both, correct
     * first, correct second, reset.
     */
    private static final String TABLE = """
            state                    CF   SF   FF   DF   CS   SS   FS   DS   RE   DE   KF   KS   DB   XF   XS   RS
            EMPTY                    FIP  -    -    -    -    -    -    -    -    -    -    -    -    -    -    !AE
            FIRST_ENTRY_IN_PROGRESS  FIP  FIP  FF   E    -    -    -    -    -    -    -    -    -    -    -    E
            FIRST_ENTRY_HAS_ERRORS   -    -    -    -    -    -    -    -    FIP  E    -    -    -    -    -    E
            FIRST_ENTRY_FINALISED    !FAF !FAF !FAF !FAF SIP  -    -    -    -    -    -    -    -    -    -    E
            SECOND_ENTRY_IN_PROGRESS !FAF !FAF !FAF !FAF SIP  SIP  DEF  FF   -    -    -    -    -    -    -    E
            ENTRIES_DIFFERENT        -    -    -    -    -    -    -    -    -    -    FF   FF   E    FC   SC   E
            FIRST_ENTRY_CORRECTION   FC   FC   ED   FF   -    -    -    -    -    -    -    -    -    -    -    E
            SECOND_ENTRY_CORRECTION  -    -    -    -    SC   SC   ED   FF   -    -    -    -    -    -    -    E
            DEFINITIVE               !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF !DEF E
            """;

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("E", "EMPTY"), Map.entry("FIP", "FIRST_ENTRY_IN_PROGRESS"),
            Map.entry("FF", "FIRST_ENTRY_FINALISED"), Map.entry("SIP", "SECOND_ENTRY_IN_PROGRESS"),
            Map.entry("ED", "ENTRIES_DIFFERENT"), Map.entry("FC", "FIRST_ENTRY_CORRECTION"),
            Map.entry("SC", "SECOND_ENTRY_CORRECTION"), Map.entry("DEF", "DEFINITIVE"),
            Map.entry("-", "INVALID_TRANSITION"), Map.entry("!FAF", "FIRST_ENTRY_ALREADY_FINALISED"),
            Map.entry("!DEF", "ALREADY_DEFINITIVE"), Map.entry("!AE", "ALREADY_EMPTY"));

    static Stream<Arguments> stateActionTable() {
        List<Arguments> cells = new ArrayList<>();
        List<String> rows = TABLE.lines().skip(1).toList();
        for (String row : rows) {
            String[] cols = row.trim().split("\\s+");
            DataEntryStatusName state = DataEntryStatusName.valueOf(cols[0]);
            for (DataEntryAction action : DataEntryAction.values()) {
                cells.add(Arguments.of(state, action, ABBREVIATIONS.get(cols[action.ordinal() + 1])));
            }
        }
        return cells.stream();
    }

    @Test
    void theTableCoversEveryStateAndEveryAction() {
        assertThat(TABLE.lines().skip(1).map(r -> r.trim().split("\\s+")[0]))
                .containsExactlyElementsOf(Arrays.stream(DataEntryStatusName.values()).map(Enum::name).toList());
        assertThat(TABLE.lines().skip(1)).allSatisfy(r -> assertThat(r.trim().split("\\s+"))
                .hasSize(DataEntryAction.values().length + 1));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("stateActionTable")
    void everyActionInEveryStateLeadsWhereTheTableSays(DataEntryStatusName state, DataEntryAction action,
                                                      String expected) {
        DataEntryStatus from = DataEntryFixtures.samples().get(state);
        boolean allowed = Arrays.stream(DataEntryStatusName.values()).anyMatch(n -> n.name().equals(expected));

        if (allowed) {
            assertThat(DataEntryFixtures.apply(from, action).name().name()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> DataEntryFixtures.apply(from, action))
                    .isInstanceOfSatisfying(DataEntryTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(expected);
                        assertThat(e.state()).isEqualTo(state);
                        assertThat(e.action()).isEqualTo(action);
                    });
        }
    }

    private static void assertRefused(ThrowingCallable call, DataEntryTransitionError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DataEntryTransitionException.class,
                e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.getMessage()).startsWith(error.dutchMessage());
                });
    }

    @Nested
    class FourEyes {
        @Test
        void theFirstTypistMayNotClaimTheSecondEntry() {
            assertRefused(() -> new FirstEntryFinalised(A, VALID).claimSecondEntry(A, EMPTY_FORM),
                    DataEntryTransitionError.SECOND_ENTRY_NEEDS_DIFFERENT_TYPIST);
        }

        @Test
        void noStateCanHoldOneTypistForBothEntries() {
            assertThatThrownBy(() -> new Definitive(A, A, VALID)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SecondEntryInProgress(A, VALID, A, VALID))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void anotherTypistCannotTakeOverAnEntryInProgress() {
            assertRefused(() -> new FirstEntryInProgress(A, VALID).claimFirstEntry(B, EMPTY_FORM),
                    DataEntryTransitionError.FIRST_ENTRY_ALREADY_CLAIMED);
            assertRefused(() -> new SecondEntryInProgress(A, VALID, B, VALID).claimSecondEntry(C, EMPTY_FORM),
                    DataEntryTransitionError.SECOND_ENTRY_ALREADY_CLAIMED);
        }

        @Test
        void onlyTheTypistOfAnEntryCanSaveFinaliseOrDiscardIt() {
            assertRefused(() -> new FirstEntryInProgress(A, VALID).saveFirstEntry(B, VALID),
                    DataEntryTransitionError.NOT_THE_TYPIST_OF_THIS_ENTRY);
            assertRefused(() -> new FirstEntryInProgress(A, VALID).finaliseFirstEntry(B),
                    DataEntryTransitionError.NOT_THE_TYPIST_OF_THIS_ENTRY);
            assertRefused(() -> new SecondEntryInProgress(A, VALID, B, VALID).discardSecondEntry(A),
                    DataEntryTransitionError.NOT_THE_TYPIST_OF_THIS_ENTRY);
        }
    }

    @Nested
    class Finalising {
        @Test
        void aFirstEntryWithErrorsWaitsForTheCoordinator() {
            DataEntryStatus status = new FirstEntryInProgress(A, WITH_ERRORS).finaliseFirstEntry(A);

            assertThat(status).isEqualTo(new FirstEntryHasErrors(A, WITH_ERRORS));
        }

        @Test
        void twoEqualEntriesByTwoTypistsAreDefinitive() {
            DataEntryStatus status = new FirstEntryFinalised(A, VALID).claimSecondEntry(B, EMPTY_FORM)
                    .saveSecondEntry(B, VALID).finaliseSecondEntry(B);

            assertThat(status).isEqualTo(new Definitive(A, B, VALID));
        }

        @Test
        void twoDifferentEntriesShowTheirDifferingFields() {
            DataEntryStatus status = new SecondEntryInProgress(A, VALID, B, OTHER_VALID).finaliseSecondEntry(B);

            assertThat(status).isInstanceOfSatisfying(EntriesDifferent.class, d -> assertThat(
                    d.comparison().differingFields()).containsExactly("list.1.candidate.1", "list.1.candidate.2"));
        }

        @Test
        void aCorrectedEntryEqualToTheOtherIsDefinitive() {
            DataEntryStatus status = new FirstEntryCorrection(A, OTHER_VALID, B, VALID)
                    .saveFirstEntry(A, VALID).finaliseFirstEntry(A);

            assertThat(status).isEqualTo(new Definitive(A, B, VALID));
        }

        @Test
        void anEntryForAnotherFormIsRefused() {
            ReportEntry dso = ReportEntry.empty(EntryModel.GSB_DSO, Map.of(1, 3));

            assertRefused(() -> new FirstEntryInProgress(A, VALID).saveFirstEntry(A, dso),
                    DataEntryTransitionError.WRONG_MODEL);
            assertRefused(() -> new FirstEntryFinalised(A, VALID).claimSecondEntry(B, dso),
                    DataEntryTransitionError.WRONG_MODEL);
        }
    }

    @Nested
    class ResolvingDifferences {
        @Test
        void keepingTheSecondEntryMakesItTheFirst() {
            DataEntryStatus status = new EntriesDifferent(A, VALID, B, OTHER_VALID).keepSecondEntry();

            assertThat(status).isEqualTo(new FirstEntryFinalised(B, OTHER_VALID));
        }

        @Test
        void keepingAnEntryWithErrorsSendsItToTheCoordinatorsErrorQueue() {
            DataEntryStatus status = new EntriesDifferent(A, WITH_ERRORS, B, VALID).keepFirstEntry();

            assertThat(status).isEqualTo(new FirstEntryHasErrors(A, WITH_ERRORS));
        }

        @Test
        void anEntryCanBeSentBackOnlyWhenTheEntryKeptHasNoErrors() {
            assertRefused(() -> new EntriesDifferent(A, VALID, B, WITH_ERRORS).correctFirstEntry(),
                    DataEntryTransitionError.CORRECTION_NOT_ALLOWED);
            assertRefused(() -> new EntriesDifferent(A, WITH_ERRORS, B, VALID).correctSecondEntry(),
                    DataEntryTransitionError.CORRECTION_NOT_ALLOWED);
            assertThat(new EntriesDifferent(A, WITH_ERRORS, B, VALID).correctFirstEntry())
                    .isEqualTo(new FirstEntryCorrection(A, WITH_ERRORS, B, VALID));
        }

        @Test
        void stoppingACorrectionKeepsTheOtherEntry() {
            assertThat(new FirstEntryCorrection(A, OTHER_VALID, B, VALID).discardFirstEntry(A))
                    .isEqualTo(new FirstEntryFinalised(B, VALID));
            assertThat(new SecondEntryCorrection(A, VALID, B, OTHER_VALID).discardSecondEntry(B))
                    .isEqualTo(new FirstEntryFinalised(A, VALID));
        }
    }
}
