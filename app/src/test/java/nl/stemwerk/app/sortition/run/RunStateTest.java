package nl.stemwerk.app.sortition.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every arrow of docs/state-machines/sortition-run.md, and every other call refused. */
class RunStateTest {
    private record Arrow(String name, UnaryOperator<RunState> method, Map<RunState, RunState> allowed) {
    }

    private static final Set<Arrow> ARROWS = Set.of(
            new Arrow("start", RunState::start, Map.of(RunState.QUEUED, RunState.RUNNING)),
            new Arrow("compute", RunState::compute, Map.of(RunState.RUNNING, RunState.COMPUTED)),
            new Arrow("cancel", RunState::cancel,
                    Map.of(RunState.QUEUED, RunState.CANCELLED, RunState.RUNNING, RunState.CANCELLED)),
            new Arrow("interrupt", RunState::interrupt,
                    Map.of(RunState.QUEUED, RunState.CANCELLED, RunState.RUNNING, RunState.CANCELLED)),
            new Arrow("fail", RunState::fail, Map.of(RunState.RUNNING, RunState.FAILED)),
            new Arrow("infeasible", RunState::infeasible, Map.of(RunState.RUNNING, RunState.INFEASIBLE)),
            new Arrow("resume", RunState::resume, Map.of(RunState.CANCELLED, RunState.QUEUED)));

    static Stream<Arguments> allowed() {
        return ARROWS.stream().flatMap(arrow -> arrow.allowed().entrySet().stream()
                .map(entry -> Arguments.of(arrow.name(), arrow, entry.getKey(), entry.getValue())));
    }

    static Stream<Arguments> forbidden() {
        return ARROWS.stream().flatMap(arrow -> EnumSet.allOf(RunState.class).stream()
                .filter(from -> !arrow.allowed().containsKey(from)).map(from -> Arguments.of(arrow.name(), arrow, from)));
    }

    @ParameterizedTest(name = "{0} moves {2} to {3}")
    @MethodSource("allowed")
    void anAllowedArrowMovesToItsState(String name, Arrow arrow, RunState from, RunState to) {
        assertThat(arrow.method().apply(from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} is refused in {2}")
    @MethodSource("forbidden")
    void everyOtherCallIsRefusedWithADutchMessageOnFieldRun(String name, Arrow arrow, RunState from) {
        assertThatThrownBy(() -> arrow.method().apply(from)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldMessages()).containsKey("run").allSatisfy((field, message) ->
                        assertThat(message).contains("berekening")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void onlyWaitingAndRunningRunsAreActive(RunState state) {
        assertThat(state.active()).isEqualTo(state == RunState.QUEUED || state == RunState.RUNNING);
    }

    static Stream<RunState> states() {
        return Stream.of(RunState.values());
    }
}
