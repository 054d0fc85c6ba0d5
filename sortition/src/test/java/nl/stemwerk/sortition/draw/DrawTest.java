package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SharedData;

class DrawTest {
    private static final SelectionProblem PROBLEM = SharedData.sortitionFoundationFixture();
    private static final Lottery LOTTERY = Lotteries.sortitionFoundationLeximin();
    private static final PublicSeed SEED = PublicSeed.parse("4 8 1 5 1 6 2 3 4 2");

    @Test
    void theSameSeedAndLotteryGiveTheSamePanel() {
        DrawnPanel first = Draw.draw(LOTTERY, SEED);
        DrawnPanel replay = Draw.draw(Lotteries.compute(PROBLEM, SelectionOptions.leximin()), SEED);

        assertThat(replay).isEqualTo(first);
        assertThat(first.memberIds()).hasSize(22).doesNotHaveDuplicates();
    }

    @Test
    void theDrawnPanelMeetsTheQuotasAndComesFromThePanelHoldingTheTicket() {
        DrawnPanel drawn = Draw.draw(LOTTERY, SEED);

        Map<String, Integer> counts = new HashMap<>();
        for (String id : drawn.memberIds()) {
            PROBLEM.pool().find(id).orElseThrow().features().forEach((category, value) ->
                    counts.merge(category + " = " + value, 1, Integer::sum));
        }
        PROBLEM.quotas().quotas().forEach(quota ->
                assertThat(counts.getOrDefault(quota.label(), 0)).isBetween(quota.min(), quota.max()));
        long before = LOTTERY.panels().stream().filter(panel -> panel.number() < drawn.panelNumber())
                .mapToLong(panel -> panel.tickets()).sum();
        assertThat(drawn.ticket()).isGreaterThan(before)
                .isLessThanOrEqualTo(before + LOTTERY.panels().get(drawn.panelNumber() - 1).tickets());
        assertThat(drawn.log().getFirst()).startsWith("Lotnummer 4815162342 geeft lot ");
    }

    @Test
    void aChangedPoolRowChangesTheResultHash() {
        SelectionProblem example = SharedData.paperInstance("example_small_20");
        List<Volunteer> volunteers = new ArrayList<>(example.pool().volunteers());
        Volunteer first = volunteers.getFirst();
        Map<String, String> features = new HashMap<>(first.features());
        features.put("gender", features.get("gender").equals("female") ? "male" : "female");
        volunteers.set(0, new Volunteer(first.id(), features, first.household()));
        SelectionProblem changed = new SelectionProblem(new Pool(volunteers), example.quotas(), 20, Set.of(), false);

        Lottery original = Lotteries.compute(example, SelectionOptions.leximin());
        Lottery other = Lotteries.compute(changed, SelectionOptions.leximin());

        assertThat(other.problemHash()).isNotEqualTo(original.problemHash());
        assertThat(other.resultHash()).isNotEqualTo(original.resultHash());
    }

    @Test
    void theOrderOfThePoolRowsDoesNotMatter() {
        List<Volunteer> shuffled = new ArrayList<>(PROBLEM.pool().volunteers());
        Collections.reverse(shuffled);
        SelectionProblem reordered = new SelectionProblem(new Pool(shuffled), PROBLEM.quotas(), 22, Set.of(), false);

        Lottery lottery = Lotteries.compute(reordered, SelectionOptions.leximin());

        assertThat(lottery.resultHash()).isEqualTo(LOTTERY.resultHash());
        assertThat(Draw.draw(lottery, SEED)).isEqualTo(Draw.draw(LOTTERY, SEED));
    }

    @Test
    void overManySeedsEachVolunteerIsDrawnAboutAsOftenAsTheLotterySays() {
        Lottery lottery = Lotteries.compute(SharedData.paperInstance("example_small_20"), SelectionOptions.leximin());
        Map<String, Integer> drawn = new HashMap<>();
        int draws = 4000;
        for (int seed = 0; seed < draws; seed++) {
            Draw.draw(lottery, new PublicSeed(String.format("%08d", seed))).memberIds()
                    .forEach(id -> drawn.merge(id, 1, Integer::sum));
        }
        // Each of the 200 volunteers has probability 0.1: 400 of 4000 draws expected, standard deviation 19.
        drawn.values().forEach(count -> assertThat(count).isBetween(320, 480));
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20 * draws);
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).average().orElseThrow())
                .isCloseTo(400, within(1e-9));
    }
}
