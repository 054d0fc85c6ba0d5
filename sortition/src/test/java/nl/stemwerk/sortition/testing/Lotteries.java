package nl.stemwerk.sortition.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.LotteryPanel;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.Sortition;
import nl.stemwerk.sortition.selection.VolunteerGroup;

/** Shared helpers for tests that compute lotteries. */
public final class Lotteries {
    /** One OR-Tools backend for the whole test run: loading the native libraries takes a moment. */
    public static final Sortition SORTITION = Sortition.withOrTools();

    private Lotteries() {
    }

    private static Lottery fixtureLeximin;

    /** The LEXIMIN lottery of the Sortition Foundation fixture, computed once per test run for every class. */
    public static synchronized Lottery sortitionFoundationLeximin() {
        if (fixtureLeximin == null) {
            fixtureLeximin = compute(SharedData.sortitionFoundationFixture(), SelectionOptions.leximin());
        }
        return fixtureLeximin;
    }

    public static Lottery compute(SelectionProblem problem, SelectionOptions options) {
        SelectionOutcome outcome = SORTITION.compute(problem, options);
        assertThat(outcome).isInstanceOf(SelectionOutcome.Computed.class);
        return ((SelectionOutcome.Computed) outcome).lottery();
    }

    /** Per quota label, how many seats a panel composition gives that value. */
    public static Map<String, Integer> seatsPerQuota(Lottery lottery, LotteryPanel panel) {
        Map<String, Integer> seats = new HashMap<>();
        for (LotteryPanel.Seats seat : panel.seats()) {
            VolunteerGroup group = lottery.group(seat.group());
            group.features().forEach((category, value) ->
                    seats.merge(category + " = " + value, seat.count(), Integer::sum));
        }
        return seats;
    }

    /** Asserts that every composition with tickets has the panel size and meets every quota. */
    public static void assertEveryPanelMeetsTheQuotas(Lottery lottery) {
        SelectionProblem problem = lottery.problem();
        for (LotteryPanel panel : lottery.panels()) {
            assertThat(panel.seats().stream().mapToInt(LotteryPanel.Seats::count).sum())
                    .as("size of panel %d", panel.number()).isEqualTo(problem.panelSize());
            Map<String, Integer> seats = seatsPerQuota(lottery, panel);
            for (Quota quota : problem.quotas().quotas()) {
                assertThat(seats.getOrDefault(quota.label(), 0)).as("%s on panel %d", quota.label(), panel.number())
                        .isBetween(quota.min(), quota.max());
            }
            for (LotteryPanel.Seats seat : panel.seats()) {
                assertThat(seat.count()).isBetween(1, lottery.group(seat.group()).size());
            }
        }
        assertThat(lottery.panels().stream().mapToLong(LotteryPanel::tickets).sum()).isEqualTo(Lottery.TICKETS);
    }
}
