package nl.stemwerk.budgeting.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every phase against every transition: the arrows of docs/state-machines/budget-phase.md and nothing else. */
class BudgetPhaseTest {

    private static final Map<String, UnaryOperator<BudgetPhase>> TRANSITIONS = Map.of(
            "openSubmission", BudgetPhase::openSubmission,
            "skipSubmission", BudgetPhase::skipSubmission,
            "closeSubmission", BudgetPhase::closeSubmission,
            "openVoting", BudgetPhase::openVoting,
            "closeVoting", BudgetPhase::closeVoting,
            "publishResult", BudgetPhase::publishResult,
            "cancel", BudgetPhase::cancel);

    private static final Map<String, BudgetPhase> ALLOWED = Map.ofEntries(
            Map.entry("PREPARATION openSubmission", BudgetPhase.SUBMISSION),
            Map.entry("PREPARATION skipSubmission", BudgetPhase.REVIEW),
            Map.entry("SUBMISSION closeSubmission", BudgetPhase.REVIEW),
            Map.entry("REVIEW openVoting", BudgetPhase.VOTING),
            Map.entry("VOTING closeVoting", BudgetPhase.CLOSED),
            Map.entry("CLOSED publishResult", BudgetPhase.PUBLISHED),
            Map.entry("PREPARATION cancel", BudgetPhase.CANCELLED),
            Map.entry("SUBMISSION cancel", BudgetPhase.CANCELLED),
            Map.entry("REVIEW cancel", BudgetPhase.CANCELLED),
            Map.entry("VOTING cancel", BudgetPhase.CANCELLED),
            Map.entry("CLOSED cancel", BudgetPhase.CANCELLED));

    static Stream<Arguments> everyPhaseAndTransition() {
        return Stream.of(BudgetPhase.values()).flatMap(phase -> TRANSITIONS.keySet().stream().sorted()
                .map(transition -> Arguments.of(phase, transition)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyPhaseAndTransition")
    void onlyTheDrawnTransitionsAreAllowed(BudgetPhase phase, String transition) {
        BudgetPhase expected = ALLOWED.get(phase + " " + transition);
        UnaryOperator<BudgetPhase> move = TRANSITIONS.get(transition);

        if (expected != null) {
            assertThat(move.apply(phase)).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> move.apply(phase)).isInstanceOfSatisfying(BudgetPhaseException.class, e -> {
                assertThat(e.code()).isEqualTo("BUDGET_PHASE_TRANSITION");
                assertThat(e.phase()).isEqualTo(phase);
                assertThat(e.getMessage()).startsWith("In de fase '" + phase.dutchName() + "' kunt u niet ");
            });
        }
    }

    @Test
    void residentsActOnlyInTheirPhaseAndTheCountOnlyAfterVoting() {
        assertThat(Stream.of(BudgetPhase.values()).filter(BudgetPhase::acceptsProposals))
                .containsExactly(BudgetPhase.SUBMISSION);
        assertThat(Stream.of(BudgetPhase.values()).filter(BudgetPhase::acceptsVotes))
                .containsExactly(BudgetPhase.VOTING);
        assertThat(Stream.of(BudgetPhase.values()).filter(BudgetPhase::mayCount))
                .containsExactly(BudgetPhase.CLOSED, BudgetPhase.PUBLISHED);
        assertThat(Stream.of(BudgetPhase.values()).filter(BudgetPhase::isFinal))
                .containsExactly(BudgetPhase.PUBLISHED, BudgetPhase.CANCELLED);
    }
}
