package nl.stemwerk.app.budget.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.stemwerk.app.budget.BudgetDates;
import nl.stemwerk.app.budget.BudgetGroup;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.app.budget.BudgetService;
import nl.stemwerk.app.budget.BudgetSettings;
import nl.stemwerk.app.budget.GroupKind;
import nl.stemwerk.app.budget.PhaseAction;
import nl.stemwerk.app.budget.RulePresets;
import nl.stemwerk.app.budget.VotingMethod;
import nl.stemwerk.app.budget.counting.BudgetCountService;
import nl.stemwerk.app.budget.importing.ImportedProject;
import nl.stemwerk.app.budget.importing.ProjectCsv;
import nl.stemwerk.app.budget.voting.BudgetVoteService;
import nl.stemwerk.app.budget.votingcode.CodeBatch;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VotingCode;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import nl.stemwerk.budgeting.money.Money;
import org.springframework.stereotype.Component;

/**
 * Two burgerbegrotingen of West Maas en Waal for the demo: the 2026 one with 30 projects in the voting phase, and the
 * Dreumel one of 2025, voted, counted and published. Projects from {@code demo/burgerbegroting/} (made up, see its
 * SOURCES.md); the Dreumel ballots are generated from a fixed seed and cast through the normal voting-code path.
 */
@Component
class BudgetDemo implements DemoSeedStep {
    static final String VOTING = "/demo/burgerbegroting/projecten-2026.csv";
    static final String CLOSED = "/demo/burgerbegroting/projecten-dreumel-2025.csv";
    static final int DREUMEL_VOTERS = 180;
    static final String DREUMEL_LOT = "2025-11-03";
    private static final List<String> KERNEN = List.of("Alphen", "Altforst", "Appeltern", "Beneden-Leeuwen",
            "Boven-Leeuwen", "Dreumel", "Maasbommel", "Wamel");

    private final BudgetService budgets;
    private final VotingCodeService codes;
    private final BudgetVoteService votes;
    private final BudgetCountService counts;
    private final Clock clock;

    BudgetDemo(BudgetService budgets, VotingCodeService codes, BudgetVoteService votes, BudgetCountService counts,
               Clock clock) {
        this.budgets = budgets;
        this.codes = codes;
        this.votes = votes;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "budget.west-maas-en-waal";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public void seed() {
        seedVoting();
        seedPublished();
    }

    private void seedVoting() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        List<BudgetGroup> groups = new ArrayList<>();
        KERNEN.forEach(k -> groups.add(new BudgetGroup(GroupKind.AREA, k, null)));
        for (String theme : List.of("Groen", "Spelen en sport", "Verkeer", "Ontmoeten", "Cultuur")) {
            groups.add(new BudgetGroup(GroupKind.CATEGORY, theme, theme.equals("Verkeer") ? Money.ofUnits(100_000)
                    : null));
        }
        long id = budgets.create(new BudgetSettings("Burgerbegroting West Maas en Waal 2026",
                "Inwoners bedachten projecten voor hun dorp. Nu kiest u welke de gemeente uitvoert. Er is € 300.000;"
                        + " aan verkeer gaat hoogstens € 100.000.",
                Money.ofUnits(300_000), VotingMethod.APPROVAL, 1, 8, RulePresets.EQUAL_SHARES,
                new BudgetDates(today.minusWeeks(10), today.minusWeeks(6), today.minusDays(7), today.plusWeeks(4),
                        today.plusWeeks(6)), groups));
        budgets.replaceProjects(id, read(VOTING), "demo");
        advance(id, PhaseAction.SKIP_SUBMISSION, PhaseAction.OPEN_VOTING);
    }

    private void seedPublished() {
        List<BudgetGroup> themes = List.of(new BudgetGroup(GroupKind.CATEGORY, "Spelen", null),
                new BudgetGroup(GroupKind.CATEGORY, "Ontmoeten", null),
                new BudgetGroup(GroupKind.CATEGORY, "Groen", null));
        long id = budgets.create(new BudgetSettings("Dorpsbudget Dreumel 2025",
                "Inwoners van Dreumel kozen hoe € 60.000 wordt besteed.", Money.ofUnits(60_000),
                VotingMethod.APPROVAL, 1, null, RulePresets.EQUAL_SHARES, BudgetDates.NONE, themes));
        budgets.replaceProjects(id, read(CLOSED), "demo");
        advance(id, PhaseAction.SKIP_SUBMISSION, PhaseAction.OPEN_VOTING);
        List<VotingCode> letters = codes.createBatch(VoteTarget.budget(id), DREUMEL_VOTERS, CodeBatch.Per.RESIDENT);
        List<List<String>> ballots = ballots(budgets.projects(id).stream().map(BudgetProject::code).toList());
        for (int i = 0; i < ballots.size(); i++) {
            votes.castOnline(id, letters.get(i).value(), ballots.get(i), null);
        }
        advance(id, PhaseAction.CLOSE_VOTING);
        counts.drawLot(id, DREUMEL_LOT);
        counts.count(id);
        advance(id, PhaseAction.PUBLISH_RESULT);
    }

    /** Approval ballots with a fixed chance per project, the same in every demo. */
    static List<List<String>> ballots(List<String> projects) {
        double[] chance = {0.70, 0.25, 0.55, 0.45, 0.35, 0.15, 0.30, 0.60};
        Random random = new Random(2025);
        List<List<String>> ballots = new ArrayList<>(DREUMEL_VOTERS);
        while (ballots.size() < DREUMEL_VOTERS) {
            List<String> chosen = new ArrayList<>();
            for (int p = 0; p < projects.size(); p++) {
                if (random.nextDouble() < chance[p % chance.length]) {
                    chosen.add(projects.get(p));
                }
            }
            if (!chosen.isEmpty()) {
                ballots.add(chosen);
            }
        }
        return ballots;
    }

    private void advance(long id, PhaseAction... actions) {
        for (PhaseAction action : actions) {
            budgets.transition(id, budgets.get(id).version(), action);
        }
    }

    private static List<ImportedProject> read(String resource) {
        try (InputStream in = BudgetDemo.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo file missing: " + resource);
            }
            return ProjectCsv.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
