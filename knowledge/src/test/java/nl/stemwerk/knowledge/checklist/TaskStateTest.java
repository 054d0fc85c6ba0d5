package nl.stemwerk.knowledge.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The full table of state × action; see docs/state-machines/checklist-task.md. */
class TaskStateTest {

    private static final UnaryOperator<TaskState> COMPLETE = TaskState::complete;
    private static final UnaryOperator<TaskState> REOPEN = TaskState::reopen;
    private static final UnaryOperator<TaskState> NOT_APPLICABLE = TaskState::markNotApplicable;

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(TaskState.OPEN, "complete", COMPLETE, TaskState.DONE),
                Arguments.of(TaskState.OPEN, "markNotApplicable", NOT_APPLICABLE, TaskState.NOT_APPLICABLE),
                Arguments.of(TaskState.DONE, "reopen", REOPEN, TaskState.OPEN),
                Arguments.of(TaskState.NOT_APPLICABLE, "reopen", REOPEN, TaskState.OPEN));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(TaskState.OPEN, "reopen", REOPEN, "TASK_OPEN_REOPEN"),
                Arguments.of(TaskState.DONE, "complete", COMPLETE, "TASK_DONE_COMPLETE"),
                Arguments.of(TaskState.DONE, "markNotApplicable", NOT_APPLICABLE, "TASK_DONE_MARKNOTAPPLICABLE"),
                Arguments.of(TaskState.NOT_APPLICABLE, "complete", COMPLETE, "TASK_NOT_APPLICABLE_COMPLETE"),
                Arguments.of(TaskState.NOT_APPLICABLE, "markNotApplicable", NOT_APPLICABLE,
                        "TASK_NOT_APPLICABLE_MARKNOTAPPLICABLE"));
    }

    @ParameterizedTest(name = "{0} --{1}--> {3}")
    @MethodSource("allowed")
    void anAllowedActionGivesTheNextState(TaskState from, String action, UnaryOperator<TaskState> transition,
                                          TaskState to) {
        assertThat(transition.apply(from)).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("refused")
    void aRefusedActionThrowsWithACodeAndADutchMessage(TaskState from, String action,
                                                       UnaryOperator<TaskState> transition, String code) {
        assertThatThrownBy(() -> transition.apply(from))
                .isInstanceOfSatisfying(TaskTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).containsAnyOf("taak", "Taak");
                });
    }

    @org.junit.jupiter.api.Test
    void theTableCoversEveryStateAndAction() {
        long cells = TaskState.values().length * 3L;

        assertThat(allowed().count() + refused().count()).isEqualTo(cells);
    }
}
