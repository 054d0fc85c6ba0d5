package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole state × action table of docs/state-machines/count-writer.md; "refused" means IllegalStateException. */
class CountWriterStateTest {
    private static final Map<String, UnaryOperator<CountWriterState>> ACTIONS = Map.of(
            "startContest", CountWriterState::startContest,
            "reportingUnit", CountWriterState::addReportingUnit,
            "endContest", CountWriterState::endContest,
            "finish", CountWriterState::finish);

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "OPENED, startContest, IN_CONTEST", "OPENED, reportingUnit, refused", "OPENED, endContest, refused",
            "OPENED, finish, refused",
            "IN_CONTEST, startContest, refused", "IN_CONTEST, reportingUnit, IN_CONTEST",
            "IN_CONTEST, endContest, BETWEEN_CONTESTS", "IN_CONTEST, finish, refused",
            "BETWEEN_CONTESTS, startContest, IN_CONTEST", "BETWEEN_CONTESTS, reportingUnit, refused",
            "BETWEEN_CONTESTS, endContest, refused", "BETWEEN_CONTESTS, finish, FINISHED",
            "FINISHED, startContest, refused", "FINISHED, reportingUnit, refused", "FINISHED, endContest, refused",
            "FINISHED, finish, refused"})
    void eachActionInEachStateGoesWhereTheDiagramSays(CountWriterState state, String action, String expected) {
        UnaryOperator<CountWriterState> transition = ACTIONS.get(action);
        if (expected.equals("refused")) {
            assertThatThrownBy(() -> transition.apply(state)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(state.name());
        } else {
            assertThat(transition.apply(state)).isEqualTo(CountWriterState.valueOf(expected));
        }
    }
}
