package nl.stemwerk.app.election.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every cell of the table in docs/state-machines/eml-import.md: the next step, or "refused". */
class ImportStepTest {
    private static final String REFUSED = "refused";

    static Stream<Arguments> table() {
        String[][] rows = {
            // step                  definitionRead     hashMatched        candidateListsRead     pollingStationsRead  stored
            {"DEFINITION",           "DEFINITION_HASH", REFUSED,           REFUSED,               REFUSED,             REFUSED},
            {"DEFINITION_HASH",      REFUSED,           "CANDIDATE_LISTS", REFUSED,               REFUSED,             REFUSED},
            {"CANDIDATE_LISTS",      REFUSED,           REFUSED,           "CANDIDATE_LISTS_HASH", REFUSED,            REFUSED},
            {"CANDIDATE_LISTS_HASH", REFUSED,           "POLLING_STATIONS", "CANDIDATE_LISTS_HASH", REFUSED,           REFUSED},
            {"POLLING_STATIONS",     REFUSED,           REFUSED,           REFUSED,               "CONFIRM",           REFUSED},
            {"CONFIRM",              REFUSED,           REFUSED,           REFUSED,               "CONFIRM",           "STORED"},
            {"STORED",               REFUSED,           REFUSED,           REFUSED,               REFUSED,             REFUSED},
        };
        String[] actions = {"definitionRead", "hashMatched", "candidateListsRead", "pollingStationsRead", "stored"};
        return Stream.of(rows).flatMap(row -> Stream.of(0, 1, 2, 3, 4)
                .map(a -> Arguments.of(ImportStep.valueOf(row[0]), actions[a], row[a + 1])));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void everyStepAllowsOnlyItsOwnActions(ImportStep step, String action, String expected) {
        UnaryOperator<ImportStep> transition = switch (action) {
            case "definitionRead" -> ImportStep::definitionRead;
            case "hashMatched" -> ImportStep::hashMatched;
            case "candidateListsRead" -> ImportStep::candidateListsRead;
            case "pollingStationsRead" -> ImportStep::pollingStationsRead;
            default -> ImportStep::stored;
        };
        if (expected.equals(REFUSED)) {
            assertThatThrownBy(() -> transition.apply(step)).isInstanceOf(ImportStepException.class)
                    .satisfies(e -> assertThat(((ImportStepException) e).code()).isEqualTo("WRONG_STEP"));
        } else {
            assertThat(transition.apply(step)).isEqualTo(ImportStep.valueOf(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("steps")
    void aRefusedActionSaysInDutchWhatToDoFirst(ImportStep step) {
        String message = new ImportStepException(step).getMessage();
        assertThat(message).isEqualTo(step == ImportStep.STORED ? "Deze import is al opgeslagen."
                : "Dit kan nu niet. Eerst moet u " + step.dutchName() + ".");
    }

    static Stream<ImportStep> steps() {
        return Stream.of(ImportStep.values());
    }
}
