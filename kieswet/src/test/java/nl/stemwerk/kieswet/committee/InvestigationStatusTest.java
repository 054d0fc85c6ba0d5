package nl.stemwerk.kieswet.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The investigation state machine: every state against every action, in an open and in a completed session. */
class InvestigationStatusTest {

    /**
     * Rows: state and whether the session is open; columns: conclude without / with new results, reopen, switch
     * to without / with new results. {@code -} is INVALID_TRANSITION, {@code !CLOSED} SESSION_COMPLETED.
     */
    private static final String TABLE = """
            state                          session  WITHOUT                        WITH                        REOPEN       TO_WITHOUT                     TO_WITH
            IN_PROGRESS                    open     CONCLUDED_WITHOUT_NEW_RESULTS  CONCLUDED_WITH_NEW_RESULTS  -            -                              -
            IN_PROGRESS                    closed   CONCLUDED_WITHOUT_NEW_RESULTS  CONCLUDED_WITH_NEW_RESULTS  -            -                              -
            CONCLUDED_WITHOUT_NEW_RESULTS  open     -                              -                           IN_PROGRESS  -                              CONCLUDED_WITH_NEW_RESULTS
            CONCLUDED_WITHOUT_NEW_RESULTS  closed   -                              -                           !CLOSED      !CLOSED                        !CLOSED
            CONCLUDED_WITH_NEW_RESULTS     open     -                              -                           IN_PROGRESS  CONCLUDED_WITHOUT_NEW_RESULTS  -
            CONCLUDED_WITH_NEW_RESULTS     closed   -                              -                           !CLOSED      !CLOSED                        !CLOSED
            """;

    static Stream<Arguments> table() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : TABLE.lines().skip(1).toList()) {
            String[] cols = row.trim().split("\\s+");
            CommitteeSessionStatus session = cols[1].equals("open")
                    ? CommitteeSessionStatus.DATA_ENTRY : CommitteeSessionStatus.COMPLETED;
            for (InvestigationAction action : InvestigationAction.values()) {
                cells.add(Arguments.of(InvestigationStatus.valueOf(cols[0]), session, action,
                        cols[action.ordinal() + 2]));
            }
        }
        return cells.stream();
    }

    private static InvestigationStatus apply(InvestigationStatus status, CommitteeSessionStatus session,
                                             InvestigationAction action) {
        return switch (action) {
            case CONCLUDE_WITHOUT_NEW_RESULTS -> status.concludeWithoutNewResults(false);
            case CONCLUDE_WITH_NEW_RESULTS -> status.concludeWithNewResults();
            case REOPEN -> status.reopen(session);
            case SWITCH_TO_WITHOUT_NEW_RESULTS -> status.switchToWithoutNewResults(session, false);
            case SWITCH_TO_WITH_NEW_RESULTS -> status.switchToWithNewResults(session);
        };
    }

    @ParameterizedTest(name = "{0} ({1}) + {2} -> {3}")
    @MethodSource("table")
    void everyActionInEveryStateLeadsWhereTheTableSays(InvestigationStatus state, CommitteeSessionStatus session,
                                                      InvestigationAction action, String expected) {
        if (expected.equals("-") || expected.equals("!CLOSED")) {
            String code = expected.equals("-") ? "INVALID_TRANSITION" : "SESSION_COMPLETED";
            assertThatThrownBy(() -> apply(state, session, action))
                    .isInstanceOfSatisfying(InvestigationTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo(code);
                        assertThat(e.state()).isEqualTo(state);
                        assertThat(e.action()).isEqualTo(action);
                    });
        } else {
            assertThat(apply(state, session, action)).isEqualTo(InvestigationStatus.valueOf(expected));
        }
    }

    @Test
    void aStationAddedInThisSessionCannotEndWithoutNewResults() {
        assertThatThrownBy(() -> InvestigationStatus.IN_PROGRESS.concludeWithoutNewResults(true))
                .isInstanceOfSatisfying(InvestigationTransitionException.class,
                        e -> assertThat(e.error()).isEqualTo(InvestigationTransitionError.REQUIRES_NEW_RESULTS));
        assertThatThrownBy(() -> InvestigationStatus.CONCLUDED_WITH_NEW_RESULTS
                .switchToWithoutNewResults(CommitteeSessionStatus.PAUSED, true))
                .isInstanceOfSatisfying(InvestigationTransitionException.class,
                        e -> assertThat(e.error()).isEqualTo(InvestigationTransitionError.REQUIRES_NEW_RESULTS));
    }
}
