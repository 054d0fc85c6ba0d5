package nl.stemwerk.app.budget.counting;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.Budget;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.app.budget.BudgetService;
import nl.stemwerk.app.budget.voting.BallotRepository;
import nl.stemwerk.app.budget.voting.BallotRepository.StoredBallot;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.explain.DutchExplanations;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import nl.stemwerk.budgeting.rule.BudgetOutcome;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.ProjectExplanation;
import nl.stemwerk.budgeting.rule.RuleVariant;
import org.springframework.stereotype.Service;

/**
 * Counting a closed burgerbegroting. First a lot is drawn, once ({@link Lot#fromSeed}: the projects sorted by the
 * SHA-256 of seed and project id), with who started it and the seed. Then the library computes the result with the
 * budget's exact rule variant and that lot; the rule id, the lot, the hash of the input and the result per project
 * are stored, append-only. {@link #recount} computes it again from what is stored.
 */
@Service
public class BudgetCountService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final BudgetService budgets;
    private final BallotRepository ballots;
    private final CountRepository counts;
    private final MunicipalityService municipalities;
    private final ChangeService changes;

    public BudgetCountService(BudgetService budgets, BallotRepository ballots, CountRepository counts,
                              MunicipalityService municipalities, ChangeService changes) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.counts = counts;
        this.municipalities = municipalities;
        this.changes = changes;
    }

    /**
     * Draws the lot, once, after voting closed. An empty {@code seed} lets Stemwerk choose one at random (for
     * example when nobody drew one in public).
     */
    public StoredCount.StoredLot drawLot(long budgetId, String seed) {
        Budget budget = requireClosed(budgetId);
        if (counts.lot(budgetId).isPresent()) {
            throw InvalidInput.of("seed", "De loting is al gehouden. Een loting gebeurt maar één keer.");
        }
        String chosen = seed == null || seed.isBlank() ? randomSeed() : seed.strip();
        if (chosen.length() > 100) {
            throw InvalidInput.of("seed", "De seed mag hoogstens 100 tekens hebben.");
        }
        List<String> order = Lot.fromSeed(chosen, budgets.projects(budget.id()).stream().map(BudgetProject::code)
                .toList()).order();
        String actor = ChangeService.currentActor();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("seed", chosen);
        details.put("volgorde", order);
        changes.apply(new Change("begroting.loting", BudgetService.subject(budgetId), details),
                () -> counts.insertLot(budgetId, chosen, order, actor));
        return counts.lot(budgetId).orElseThrow();
    }

    /** Counts once, with the lot drawn before; stores rule id, lot, input hash and result. */
    public StoredCount count(long budgetId) {
        Budget budget = requireClosed(budgetId);
        StoredCount.StoredLot lot = counts.lot(budgetId).orElseThrow(() -> InvalidInput.of("count",
                "Houd eerst de loting. De uitkomst van de loting is nodig als projecten precies gelijk eindigen."));
        if (budgets.isCounted(budgetId)) {
            throw InvalidInput.of("count", "De stemmen zijn al geteld. Een telling gebeurt maar één keer; u kunt"
                    + " hem wel narekenen.");
        }
        List<BudgetProject> projects = budgets.projects(budgetId);
        List<StoredBallot> stored = ballots.ballots(budgetId);
        if (stored.isEmpty()) {
            throw InvalidInput.of("count", "Er zijn geen stemmen om te tellen.");
        }
        Computation computation = compute(budget, projects, stored, lot);
        StoredCount count = toStored(computation, lot, projects, stored);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("regel", count.ruleId());
        details.put("stemmen", count.ballots());
        details.put("invoer-sha256", count.inputSha256());
        details.put("gekozen", computation.result().winners());
        changes.apply(new Change("begroting.geteld", BudgetService.subject(budgetId), details),
                () -> counts.insertCount(budgetId, count));
        return result(budgetId).orElseThrow();
    }

    /** Computes the stored count again and says whether input and winners are the same. */
    public Recount recount(long budgetId) {
        Budget budget = budgets.get(budgetId);
        StoredCount stored = result(budgetId).orElseThrow(() -> InvalidInput.of("count", "Er is nog niet geteld."));
        Computation again = compute(budget, budgets.projects(budgetId), ballots.ballots(budgetId), stored.lot());
        boolean sameInput = again.inputSha256().equals(stored.inputSha256());
        List<String> storedWinners = stored.winners().stream().map(w -> w.project().code()).toList();
        boolean sameWinners = again.result().winners().equals(storedWinners)
                && again.result().variant().id().equals(stored.ruleId());
        String message = sameInput && sameWinners
                ? "Opnieuw berekend met regel " + stored.ruleId() + " en seed '" + stored.lot().seed() + "': dezelfde"
                + " stemmen en dezelfde gekozen projecten in dezelfde volgorde."
                : "Opnieuw berekend, maar de uitkomst verschilt: " + (sameInput ? "" : "de stemmen of projecten zijn"
                + " niet meer dezelfde. ") + (sameWinners ? "" : "De gekozen projecten zijn anders.");
        return new Recount(sameInput, sameWinners, message);
    }

    public Optional<StoredCount> result(long budgetId) {
        return counts.count(budgetId, budgets.projects(budgetId));
    }

    public Optional<StoredCount.StoredLot> lot(long budgetId) {
        return counts.lot(budgetId);
    }

    /** The anonymised .pb file: the input, and once counted also the result, rule and seed. */
    public byte[] pbFile(long budgetId) {
        Budget budget = budgets.get(budgetId);
        List<BudgetProject> projects = budgets.projects(budgetId);
        List<StoredBallot> stored = ballots.ballots(budgetId);
        PbFile input = input(budget, projects, stored);
        Optional<StoredCount> count = result(budgetId);
        if (count.isEmpty()) {
            return BudgetExports.bytes(input);
        }
        Computation computation = compute(budget, projects, stored, count.get().lot());
        return BudgetExports.bytes(BudgetExports.withResult(input, computation.result(), count.get().lot().seed()));
    }

    private record Computation(BudgetResult result, String inputSha256) {
    }

    private Computation compute(Budget budget, List<BudgetProject> projects, List<StoredBallot> stored,
                                StoredCount.StoredLot storedLot) {
        List<String> codes = projects.stream().map(BudgetProject::code).toList();
        Lot lot = Lot.fromSeed(storedLot.seed(), codes);
        if (!lot.order().equals(storedLot.order())) {
            throw new IllegalStateException("stored lot order differs from its seed");
        }
        try {
            BudgetElection election = BudgetElections.of(budget, projects, stored);
            RuleVariant variant = budget.variant();
            BudgetOutcome outcome = BudgetRules.compute(election, variant, lot);
            String sha = BudgetExports.sha256(BudgetExports.bytes(input(budget, projects, stored)));
            return new Computation(outcome.orElseThrow(), sha);
        } catch (BudgetingException e) {
            throw InvalidInput.of("count", e.getMessage());
        }
    }

    private PbFile input(Budget budget, List<BudgetProject> projects, List<StoredBallot> stored) {
        return BudgetExports.input(budget, municipalities.homeName(), BudgetElections.of(budget, projects, stored),
                stored);
    }

    private static StoredCount toStored(Computation computation, StoredCount.StoredLot lot,
                                        List<BudgetProject> projects, List<StoredBallot> stored) {
        BudgetResult result = computation.result();
        Map<String, Integer> votes = new HashMap<>();
        stored.forEach(ballot -> ballot.projectCodes().forEach(code -> votes.merge(code, 1, Integer::sum)));
        List<StoredCount.CountedProject> counted = new ArrayList<>();
        for (BudgetProject project : projects) {
            ProjectExplanation explanation = result.explanation(project.code()).orElseThrow();
            int rank = result.winners().indexOf(project.code());
            counted.add(new StoredCount.CountedProject(project, explanation.funded(), rank < 0 ? null : rank + 1,
                    votes.getOrDefault(project.code(), 0), DutchExplanations.explain(explanation, result)));
        }
        return new StoredCount(result.variant().id(), lot, stored.size(), computation.inputSha256(), result.totalCost(),
                result.endowment().map(e -> DutchExplanations.endowment(e, result.currency())).orElse(""),
                DutchExplanations.summary(result), DutchExplanations.describe(result.variant()),
                ChangeService.currentActor(), null, counted);
    }

    private Budget requireClosed(long budgetId) {
        Budget budget = budgets.get(budgetId);
        if (budget.phase() != BudgetPhase.CLOSED) {
            throw InvalidInput.of("count", "Tellen en loten kan alleen als het stemmen gesloten is en de uitslag nog"
                    + " niet bekend is.");
        }
        return budget;
    }

    private static String randomSeed() {
        return String.format("%04d-%04d-%04d", RANDOM.nextInt(10_000), RANDOM.nextInt(10_000), RANDOM.nextInt(10_000));
    }
}
