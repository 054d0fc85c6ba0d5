package nl.stemwerk.app.budget.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.BudgetingException;
import nl.stemwerk.budgeting.explain.DutchExplanations;
import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.pabulib.PbElections;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbProject;
import nl.stemwerk.budgeting.pabulib.PbVote;
import nl.stemwerk.budgeting.rule.BudgetOutcome;
import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.Lot;
import nl.stemwerk.budgeting.rule.ProjectExplanation;
import nl.stemwerk.budgeting.rule.RuleVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stemwerk pb run FILE.pb}: compute which projects win, with the explanation per project in Dutch. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bereken welke projecten gekozen zijn, met per project de uitleg.",
                "Zonder --rule gebruikt Stemwerk de rekenregel in het bestand (als Stemwerk het maakte), anders de"
                        + " methode van gelijke delen met Add1 en daarna op stemmen (zoals equalshares.net)."},
        footer = {"", "Voorbeeld: stemwerk pb run uitslag.pb --rule mes --completion add1"})
public class PbRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BESTAND", description = "Het .pb-bestand.")
    Path file;

    @Option(names = "--rule", paramLabel = "REGEL",
            description = "mes (gelijke delen), greedy (meeste stemmen eerst) of een volledige regel zoals"
                    + " mes/cost/add1-integral/exhaustive-stop/then-greedy/v1.")
    String rule;

    @Option(names = "--completion", paramLabel = "AANVULLING",
            description = "Bij mes: add1u (Add1, daarna op stemmen; standaard), add1 of none.")
    String completion;

    @Option(names = "--lot", paramLabel = "SEED",
            description = "De seed van de loting, voor projecten die precies gelijk eindigen (standaard: lot_seed"
                    + " uit het bestand).")
    String lotSeed;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PbFile pb;
        RuleVariant variant;
        BudgetOutcome outcome;
        String seed;
        try {
            pb = PbInput.read(file).file();
            variant = PbRules.choose(rule, completion, pb.meta().get("rule"));
            seed = lotSeed != null ? lotSeed : pb.meta().get("lot_seed");
            Lot lot = seed == null ? Lot.NONE : Lot.fromSeed(seed, pb.projects().stream().map(PbProject::id).toList());
            outcome = BudgetRules.compute(election(pb), variant, lot);
        } catch (BadInput e) {
            return e.report(output, out, spec.commandLine().getErr());
        }
        if (outcome instanceof BudgetOutcome.LotRequired required) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "lotRequired");
            json.put("rule", variant.id());
            json.put("tied", required.tiedProjectIds());
            json.put("message", required.dutchMessage());
            output.print(out, json, required.dutchMessage() + "\nGeef de seed van de loting met --lot.");
            out.flush();
            return ExitCodes.DRAWING_OF_LOTS_REQUIRED;
        }
        BudgetResult result = outcome.orElseThrow();
        output.print(out, json(pb, result, seed), text(pb, result, seed));
        out.flush();
        return ExitCodes.OK;
    }

    private BudgetElection election(PbFile pb) throws BadInput {
        try {
            return PbElections.toElection(pb);
        } catch (BudgetingException | IllegalStateException e) {
            throw new BadInput("PB_CONTENT", "BESTAND", "Met dit bestand kan niet worden gerekend: "
                    + e.getMessage());
        }
    }

    private static Map<String, Object> json(PbFile pb, BudgetResult result, String seed) {
        Map<String, Long> votes = votes(pb);
        List<Map<String, Object>> projects = new ArrayList<>();
        for (ProjectExplanation e : result.explanations()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", e.project().id());
            p.put("name", e.project().name());
            p.put("cost", e.project().cost().toPlainString());
            p.put("votes", votes.getOrDefault(e.project().id(), 0L));
            p.put("selected", e.funded());
            p.put("explanation", DutchExplanations.explain(e, result));
            projects.add(p);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "decided");
        json.put("rule", result.variant().id());
        json.put("lotSeed", seed);
        json.put("budget", result.budget().toPlainString());
        json.put("currency", result.currency());
        json.put("totalCost", result.totalCost().toPlainString());
        json.put("winners", result.winners());
        result.endowment().ifPresent(e -> json.put("endowmentPerVoter",
                DutchExplanations.endowment(e, result.currency())));
        json.put("summary", DutchExplanations.summary(result));
        json.put("projects", projects);
        return json;
    }

    private static String text(PbFile pb, BudgetResult result, String seed) {
        Map<String, Long> votes = votes(pb);
        Map<String, ProjectExplanation> byId = new HashMap<>();
        result.explanations().forEach(e -> byId.put(e.project().id(), e));
        StringBuilder text = new StringBuilder(pb.meta().getOrDefault("description", "")).append('\n');
        text.append(DutchExplanations.summary(result)).append('\n');
        text.append(DutchExplanations.describe(result.variant())).append('\n');
        result.endowment().ifPresent(e -> text.append(DutchExplanations.endowment(e, result.currency())).append('\n'));
        if (seed != null) {
            text.append("Loting: seed ").append(seed).append('\n');
        }
        text.append("\nGekozen, in volgorde:\n");
        int rank = 1;
        for (String id : result.winners()) {
            ProjectExplanation e = byId.get(id);
            text.append(String.format("%2d. %s (%s), %s, %s stemmen%n", rank++, e.project().name(), id,
                    DutchNumbers.amount(e.project().cost(), result.currency()),
                    DutchNumbers.count(votes.getOrDefault(id, 0L))));
        }
        text.append("\nUitleg per project:\n");
        for (ProjectExplanation e : result.explanations()) {
            text.append("- ").append(e.project().name()).append(" (").append(e.project().id()).append("): ")
                    .append(DutchExplanations.explain(e, result)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static Map<String, Long> votes(PbFile pb) {
        Map<String, Long> votes = new HashMap<>();
        for (PbVote vote : pb.votes()) {
            vote.projectIds().forEach(id -> votes.merge(id, 1L, Long::sum));
        }
        return votes;
    }
}
