package nl.stemwerk.sortition.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.QuotaWidening;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.testing.BruteForce;
import nl.stemwerk.sortition.testing.Lotteries;

/**
 * Random pools small enough to list every panel (at most 9 volunteers, 2 or 3 categories, sometimes shared
 * addresses and kept members), checked against the brute-force oracle.
 */
class SelectionProperties {

    @Provide
    Arbitrary<SelectionProblem> smallProblems() {
        return Arbitraries.longs().map(SelectionProperties::problem);
    }

    /** A random problem from a seed; quotas are loose or tight at random, so some cannot be met. */
    static SelectionProblem problem(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int size = 4 + random.nextInt(6);
        int panelSize = 1 + random.nextInt(Math.min(4, size));
        int categories = 2 + random.nextInt(2);
        boolean households = random.nextInt(3) == 0;
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, String> features = new LinkedHashMap<>();
            for (int c = 0; c < categories; c++) {
                features.put("c" + c, "v" + random.nextInt(2 + c % 2));
            }
            String address = households && random.nextInt(3) == 0 ? "adres " + random.nextInt(2) : "";
            volunteers.add(new Volunteer("p" + i, features, address));
        }
        List<Quota> quotas = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            for (int v = 0; v < 2 + c % 2; v++) {
                int min = random.nextInt(3) == 0 ? random.nextInt(2) : 0;
                int max = Math.max(min, panelSize - random.nextInt(2) - (random.nextInt(3) == 0 ? 1 : 0));
                quotas.add(new Quota("c" + c, "v" + v, min, max));
            }
        }
        Set<String> kept = random.nextInt(4) == 0 ? Set.of("p" + random.nextInt(size)) : Set.of();
        long addresses = volunteers.stream().filter(volunteer -> volunteer.hasHousehold())
                .map(Volunteer::household).distinct().count()
                + volunteers.stream().filter(volunteer -> !volunteer.hasHousehold()).count();
        boolean rule = households && addresses >= panelSize;
        return new SelectionProblem(new Pool(volunteers), new Quotas(quotas), panelSize, kept, rule);
    }

    private static Optional<Lottery> lottery(SelectionProblem problem, Algorithm algorithm) {
        SelectionOutcome outcome = Lotteries.SORTITION.compute(problem, SelectionOptions.of(algorithm));
        return outcome instanceof SelectionOutcome.Computed computed ? Optional.of(computed.lottery())
                : Optional.empty();
    }

    @Property(tries = 60)
    void leximinEqualsTheBruteForceLeximinForEveryVolunteer(@ForAll("smallProblems") SelectionProblem problem) {
        double[] expected = BruteForce.leximin(problem, Lotteries.SORTITION.backend());
        Optional<Lottery> lottery = lottery(problem, Algorithm.LEXIMIN);

        assertThat(lottery.isPresent()).as("a lottery exists exactly when some panel exists")
                .isEqualTo(expected.length > 0);
        lottery.ifPresent(computed -> {
            List<Volunteer> volunteers = problem.pool().volunteers();
            for (int i = 0; i < volunteers.size(); i++) {
                assertThat(computed.probability(volunteers.get(i).id())).as(volunteers.get(i).id())
                        .isCloseTo(expected[i], within(1e-6));
            }
        });
    }

    @Property(tries = 60)
    void everySupportedPanelMeetsTheQuotasAndProbabilitiesAddUpToThePanelSize(
            @ForAll("smallProblems") SelectionProblem problem) {
        for (Algorithm algorithm : Algorithm.values()) {
            lottery(problem, algorithm).ifPresent(lottery -> {
                Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
                double sum = lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).isCloseTo(problem.panelSize(), within(1e-6));
                problem.keptIds().forEach(id -> assertThat(lottery.probability(id)).isEqualTo(1.0));
                if (problem.oneMemberPerHousehold()) {
                    assertNoTwoHousematesShareAPanel(problem, lottery);
                }
            });
        }
    }

    @Property(tries = 60)
    void theLeximinMinimumIsAtLeastTheMaximinValueAndEqualsTheFullLinearProgram(
            @ForAll("smallProblems") SelectionProblem problem) {
        Optional<Lottery> leximin = lottery(problem, Algorithm.LEXIMIN);
        Optional<Lottery> maximin = lottery(problem, Algorithm.MAXIMIN);
        double[] bruteForce = BruteForce.leximin(problem, Lotteries.SORTITION.backend());

        assertThat(leximin.isPresent()).isEqualTo(maximin.isPresent());
        leximin.ifPresent(lottery -> {
            double lowest = java.util.Arrays.stream(bruteForce).min().orElseThrow();
            assertThat(lottery.fairness().minimum()).isGreaterThanOrEqualTo(maximin.get().fairness().minimum() - 1e-6);
            assertThat(lottery.fairness().minimum()).isCloseTo(lowest, within(1e-6));
        });
    }

    @Property(tries = 40)
    void aRunOutOfTimeGivesPanelsThatMeetTheQuotasAndABoundNoLowerThanTheTrueOptimum(
            @ForAll("smallProblems") SelectionProblem problem) {
        double[] bruteForce = BruteForce.leximin(problem, Lotteries.SORTITION.backend());
        for (Algorithm algorithm : new Algorithm[] {Algorithm.LEXIMIN, Algorithm.MAXIMIN}) {
            SelectionOutcome outcome = Lotteries.SORTITION.compute(problem,
                    SelectionOptions.of(algorithm).withTimeBudget(java.time.Duration.ZERO));
            if (outcome instanceof SelectionOutcome.Computed computed) {
                Lottery lottery = computed.lottery();
                double lowest = java.util.Arrays.stream(bruteForce).min().orElseThrow();
                Lotteries.assertEveryPanelMeetsTheQuotas(lottery);
                double sum = lottery.probabilities().values().stream().mapToDouble(Double::doubleValue).sum();
                assertThat(sum).isCloseTo(problem.panelSize(), within(1e-6));
                assertThat(computed.optimality().lowestBound()).isGreaterThanOrEqualTo(lowest - 1e-6);
                assertThat(lottery.fairness().minimum()).isLessThanOrEqualTo(lowest + 1e-6);
                if (computed.optimality().status() != Optimality.Status.NOT_PROVEN) {
                    assertThat(lottery.fairness().minimum()).isCloseTo(lowest, within(1e-6));
                }
            }
        }
    }

    @Property(tries = 40)
    void infeasibleQuotasComeWithAWideningAfterWhichAPanelExists(@ForAll("smallProblems") SelectionProblem problem) {
        Optional<SelectionOutcome.InfeasibleQuotas> check = Lotteries.SORTITION.checkQuotas(problem);

        assertThat(check.isPresent()).isEqualTo(BruteForce.panels(problem).isEmpty());
        check.ifPresent(infeasible -> {
            assertThat(infeasible.advice()).isNotEmpty();
            List<Quota> quotas = new ArrayList<>(problem.quotas().quotas());
            for (QuotaWidening widening : infeasible.advice()) {
                quotas.replaceAll(quota -> quota.equals(widening.quota())
                        ? new Quota(quota.category(), quota.value(), widening.newMin(), widening.newMax()) : quota);
            }
            SelectionProblem widened = new SelectionProblem(problem.pool(), new Quotas(quotas),
                    problem.panelSize(), problem.keptIds(), problem.oneMemberPerHousehold());
            assertThat(BruteForce.panels(widened)).isNotEmpty();
        });
    }

    private static void assertNoTwoHousematesShareAPanel(SelectionProblem problem, Lottery lottery) {
        for (LotteryPanel panel : lottery.panels()) {
            Set<String> addresses = new HashSet<>();
            for (LotteryPanel.Seats seat : panel.seats()) {
                VolunteerGroup group = lottery.group(seat.group());
                // Larger groups only hold volunteers without a housemate in the pool.
                String address = problem.pool().find(group.memberIds().getFirst()).orElseThrow().household();
                if (group.size() == 1 && !address.isEmpty()) {
                    assertThat(addresses.add(address)).as("two members at %s", address).isTrue();
                }
            }
        }
    }
}
