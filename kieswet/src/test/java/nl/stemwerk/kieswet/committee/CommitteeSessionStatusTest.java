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

/** The committee session state machine: every state against every action. */
class CommitteeSessionStatusTest {

    /** Rows: states; columns: prepare, last item deleted, start, pause, resume, finish (all definitive). */
    private static final String TABLE = """
            state           PREPARE         LAST_DELETED  START       PAUSE   RESUME      FINISH
            CREATED         IN_PREPARATION  -             -           -       -           -
            IN_PREPARATION  -               CREATED       DATA_ENTRY  -       -           -
            DATA_ENTRY      -               CREATED       -           PAUSED  -           COMPLETED
            PAUSED          -               CREATED       -           -       DATA_ENTRY  COMPLETED
            COMPLETED       -               CREATED       -           -       DATA_ENTRY  -
            """;

    static Stream<Arguments> table() {
        List<Arguments> cells = new ArrayList<>();
        for (String row : TABLE.lines().skip(1).toList()) {
            String[] cols = row.trim().split("\\s+");
            for (CommitteeSessionAction action : CommitteeSessionAction.values()) {
                cells.add(Arguments.of(CommitteeSessionStatus.valueOf(cols[0]), action, cols[action.ordinal() + 1]));
            }
        }
        return cells.stream();
    }

    private static CommitteeSessionStatus apply(CommitteeSessionStatus status, CommitteeSessionAction action) {
        return switch (action) {
            case PREPARE -> status.prepare();
            case LAST_ITEM_DELETED -> status.lastItemDeleted();
            case START_DATA_ENTRY -> status.startDataEntry();
            case PAUSE_DATA_ENTRY -> status.pauseDataEntry();
            case RESUME_DATA_ENTRY -> status.resumeDataEntry();
            case FINISH_DATA_ENTRY -> status.finishDataEntry(true);
        };
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    void everyActionInEveryStateLeadsWhereTheTableSays(CommitteeSessionStatus state, CommitteeSessionAction action,
                                                      String expected) {
        if (expected.equals("-")) {
            assertThatThrownBy(() -> apply(state, action))
                    .isInstanceOfSatisfying(CommitteeSessionTransitionException.class, e -> {
                        assertThat(e.code()).isEqualTo("INVALID_TRANSITION");
                        assertThat(e.state()).isEqualTo(state);
                        assertThat(e.action()).isEqualTo(action);
                    });
        } else {
            assertThat(apply(state, action)).isEqualTo(CommitteeSessionStatus.valueOf(expected));
        }
    }

    @Test
    void theTableHasARowForEveryState() {
        assertThat(TABLE.lines().skip(1).map(r -> r.trim().split("\\s+")[0]))
                .containsExactly("CREATED", "IN_PREPARATION", "DATA_ENTRY", "PAUSED", "COMPLETED");
    }

    @Test
    void dataEntryCannotBeFinishedWhileAnEntryIsNotDefinitive() {
        assertThatThrownBy(() -> CommitteeSessionStatus.DATA_ENTRY.finishDataEntry(false))
                .isInstanceOfSatisfying(CommitteeSessionTransitionException.class, e -> {
                    assertThat(e.error()).isEqualTo(CommitteeSessionTransitionError.ENTRIES_NOT_DEFINITIVE);
                    assertThat(e.getMessage()).startsWith("De invoer kan nog niet worden afgerond");
                });
    }

    @Test
    void onlyACompletedSessionIsClosed() {
        assertThat(CommitteeSessionStatus.values()).filteredOn(s -> !s.isOpen())
                .containsExactly(CommitteeSessionStatus.COMPLETED);
    }
}
