package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/** The full table: every status against every action. */
class DrawStatusTest {
    private static final Map<String, UnaryOperator<DrawStatus>> ACTIONS = Map.of(
            "publishLottery", DrawStatus::publishLottery,
            "reopenPool", DrawStatus::reopenPool,
            "recordSeed", DrawStatus::recordSeed,
            "draw", DrawStatus::draw,
            "recordWithdrawal", DrawStatus::recordWithdrawal);

    private static final Map<DrawStatus, Map<String, DrawStatus>> ALLOWED = Map.of(
            DrawStatus.POOL_OPEN, Map.of("publishLottery", DrawStatus.LOTTERY_PUBLISHED),
            DrawStatus.LOTTERY_PUBLISHED, Map.of("reopenPool", DrawStatus.POOL_OPEN,
                    "recordSeed", DrawStatus.SEED_RECORDED),
            DrawStatus.SEED_RECORDED, Map.of("draw", DrawStatus.DRAWN),
            DrawStatus.DRAWN, Map.of("recordWithdrawal", DrawStatus.WITHDRAWAL_RECORDED),
            DrawStatus.WITHDRAWAL_RECORDED, Map.of("publishLottery", DrawStatus.LOTTERY_PUBLISHED));

    @ParameterizedTest
    @EnumSource(DrawStatus.class)
    void onlyTheListedActionsAreAllowedAndTheyLeadToTheListedStatus(DrawStatus status) {
        ACTIONS.forEach((name, action) -> {
            DrawStatus expected = ALLOWED.get(status).get(name);
            if (expected != null) {
                assertThat(action.apply(status)).as("%s.%s", status, name).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> action.apply(status)).as("%s.%s", status, name)
                        .isInstanceOfSatisfying(SortitionException.class, e -> {
                            assertThat(e.code()).isEqualTo(ProblemCode.DRAW_STATUS_TRANSITION);
                            assertThat(e.getMessage()).contains(status.dutchName());
                        });
            }
        });
    }

    @ParameterizedTest
    @EnumSource(DrawStatus.class)
    void theSeedCanOnlyBeRecordedOnceTheLotteryIsPublished(DrawStatus status) {
        boolean allowed = status == DrawStatus.LOTTERY_PUBLISHED;

        if (allowed) {
            assertThat(status.recordSeed()).isEqualTo(DrawStatus.SEED_RECORDED);
        } else {
            assertThatThrownBy(status::recordSeed).isInstanceOf(SortitionException.class);
        }
    }
}
