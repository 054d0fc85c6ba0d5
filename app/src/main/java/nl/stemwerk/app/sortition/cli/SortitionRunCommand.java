package nl.stemwerk.app.sortition.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.csv.PoolCsv;
import nl.stemwerk.sortition.csv.PoolCsvOptions;
import nl.stemwerk.sortition.csv.QuotaCsv;
import nl.stemwerk.sortition.draw.Draw;
import nl.stemwerk.sortition.draw.DrawnPanel;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.PublicSeed;
import nl.stemwerk.sortition.legacy.LegacyEstimate;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.quota.QuotaWidening;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.SelectionProgress;
import nl.stemwerk.sortition.selection.Sortition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stemwerk sortition run}: compute the fair lottery for a pool and quotas, and draw with a public seed. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bereken de eerlijkste loting die de quota toelaten, met de kans van iedere aanmelder, en"
                + " trek met --seed een panel.",
                "Publiceer de resultaat-hash (en het bestand van --out) vóórdat het lotnummer wordt vastgesteld;"
                        + " dan kan iedereen de trekking nadoen met 'stemwerk sortition verify'."},
        footer = {"", "Voorbeeld: stemwerk sortition run --categories quota.csv --pool aanmeldingen.csv --k 20"
                + " --out loting.txt"})
public class SortitionRunCommand implements Callable<Integer> {
    /** LEGACY's probabilities are estimated from this many simulated draws with a fixed seed (repeatable). */
    static final int LEGACY_DRAWS = 10_000;
    static final long LEGACY_SEED = 1L;

    @Spec
    CommandSpec spec;

    @Option(names = "--categories", required = true, paramLabel = "QUOTABESTAND",
            description = "CSV met de quota: categorie,waarde,min,max (of category,feature,min,max).")
    Path categories;

    @Option(names = "--pool", required = true, paramLabel = "AANMELDINGEN",
            description = "CSV met de aanmelders: een kolom per categorie, met id- en adreskolommen als die er zijn.")
    Path pool;

    @Option(names = "--k", required = true, paramLabel = "AANTAL", description = "Het aantal leden van het panel.")
    int panelSize;

    @Option(names = "--algorithm", paramLabel = "METHODE", defaultValue = "leximin",
            description = "leximin (standaard, het eerlijkst), maximin, of legacy (de oude trekking na elkaar,"
                    + " alleen om te vergelijken; geschatte kansen, zonder loting of trekking).")
    String algorithm;

    @Option(names = "--seed", paramLabel = "LOTNUMMER",
            description = "Het openbare lotnummer (minstens 6 cijfers); trek daarmee een panel.")
    String seed;

    @Option(names = "--households", description = "Hoogstens één lid per huishouden (hetzelfde adres).")
    boolean households;

    @Option(names = "--out", paramLabel = "LOTINGBESTAND", description = "Schrijf het lotingbestand om te publiceren.")
    Path outFile;

    @Option(names = "--time-limit", paramLabel = "SECONDEN",
            description = "Stop na zoveel seconden met de beste loting tot dan. Die voldoet aan de quota, maar is"
                    + " misschien minder eerlijk dan mogelijk; de uitvoer zegt dat en hoe ver.")
    Integer timeLimit;

    @Mixin
    CliOutput output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Algorithm> chosen;
        Optional<PublicSeed> publicSeed;
        SelectionProblem problem;
        try {
            chosen = algorithm();
            publicSeed = seed == null ? Optional.empty() : Optional.of(SortitionInput.seed(seed));
            if (timeLimit != null && timeLimit < 0) {
                throw new BadInput("TIME_LIMIT_NEGATIVE", "--time-limit", "De tijdslimiet " + timeLimit
                        + " is negatief. Geef een aantal seconden van 0 of meer.");
            }
            problem = problem();
        } catch (BadInput e) {
            return e.report(output, out, err);
        }
        Sortition sortition = Sortition.withOrTools();
        Optional<SelectionOutcome.InfeasibleQuotas> infeasible = sortition.checkQuotas(problem);
        if (infeasible.isPresent()) {
            return infeasible(infeasible.get(), out, err);
        }
        if (chosen.isEmpty()) {
            return legacy(problem, out);
        }
        SelectionOptions options = SelectionOptions.of(chosen.get()).withListener(new StderrProgress(err));
        if (timeLimit != null) {
            options = options.withTimeBudget(Duration.ofSeconds(timeLimit));
        }
        return switch (sortition.compute(problem, options)) {
            case SelectionOutcome.Computed computed -> computed(computed, publicSeed, out, err);
            case SelectionOutcome.InfeasibleQuotas advice -> infeasible(advice, out, err);
            case SelectionOutcome.Cancelled cancelled -> throw new IllegalStateException("Nobody cancels the CLI");
        };
    }

    /** Empty for LEGACY, which computes no lottery. */
    private Optional<Algorithm> algorithm() throws BadInput {
        return switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "leximin" -> Optional.of(Algorithm.LEXIMIN);
            case "maximin" -> Optional.of(Algorithm.MAXIMIN);
            case "legacy" -> {
                if (seed != null || outFile != null) {
                    throw new BadInput("LEGACY_WITHOUT_LOTTERY", "--algorithm", "Met legacy maakt"
                            + " Stemwerk geen loting: die dient alleen om te vergelijken. Laat --seed en --out weg,"
                            + " of kies leximin of maximin.");
                }
                yield Optional.empty();
            }
            default -> throw new BadInput("ALGORITHM_UNKNOWN", "--algorithm", "De methode '"
                    + algorithm + "' bestaat niet. Kies leximin, maximin of legacy.");
        };
    }

    private SelectionProblem problem() throws BadInput {
        String categoriesName = categories.getFileName().toString();
        String poolName = pool.getFileName().toString();
        Quotas quotas = SortitionInput.read(categories, "--categories", r -> QuotaCsv.read(r, categoriesName));
        Pool volunteers = SortitionInput.read(pool, "--pool",
                r -> PoolCsv.read(r, poolName, quotas, PoolCsvOptions.detect()));
        try {
            return SelectionProblem.of(volunteers, quotas, panelSize).withOneMemberPerHousehold(households);
        } catch (SortitionException e) {
            throw SortitionInput.badInput(e, "--k");
        }
    }

    private int infeasible(SelectionOutcome.InfeasibleQuotas advice, PrintWriter out, PrintWriter err) {
        if (!output.json()) {
            err.println(advice.message());
            err.flush();
            return ExitCodes.CHECK_FAILED;
        }
        List<Map<String, Object>> widenings = new ArrayList<>();
        for (QuotaWidening widening : advice.advice()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("category", widening.quota().category());
            w.put("value", widening.quota().value());
            w.put("min", widening.quota().min());
            w.put("max", widening.quota().max());
            w.put("newMin", widening.newMin());
            w.put("newMax", widening.newMax());
            w.put("message", widening.message());
            widenings.add(w);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "infeasibleQuotas");
        json.put("code", "QUOTAS_INFEASIBLE");
        json.put("message", advice.message());
        json.put("advice", widenings);
        output.print(out, json, advice.message());
        out.flush();
        return ExitCodes.CHECK_FAILED;
    }

    private int legacy(SelectionProblem problem, PrintWriter out) {
        LegacyEstimate estimate = LegacyEstimate.of(problem, LEGACY_DRAWS, LEGACY_SEED);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "estimated");
        json.put("algorithm", "LEGACY");
        json.put("draws", estimate.draws());
        json.put("failedDraws", estimate.failedDraws());
        json.put("fairness", SortitionReport.figures(estimate.fairness()));
        json.put("probabilities", estimate.probabilities());
        output.print(out, json, "Geschatte kansen met LEGACY (de oude trekking na elkaar), uit " + estimate.draws()
                + " gesimuleerde trekkingen (" + estimate.failedDraws() + " liepen vast).\n"
                + SortitionReport.figuresText(estimate.fairness()));
        out.flush();
        return ExitCodes.OK;
    }

    private int computed(SelectionOutcome.Computed computed, Optional<PublicSeed> publicSeed, PrintWriter out,
                         PrintWriter err) {
        Lottery lottery = computed.lottery();
        StringBuilder text = new StringBuilder(SortitionReport.lotteryText(lottery))
                .append('\n').append(computed.optimality().message(lottery.fairness().minimum()));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", "computed");
        json.put("lottery", SortitionReport.lottery(lottery));
        json.put("optimality", SortitionReport.optimality(computed.optimality(), lottery));
        if (outFile != null) {
            try {
                SortitionInput.write(outFile, LotteryFile.write(lottery));
            } catch (BadInput e) {
                return e.report(output, out, err);
            }
            json.put("lotteryFile", outFile.toString());
            text.append("\nLotingbestand geschreven: ").append(outFile);
        }
        if (publicSeed.isPresent()) {
            DrawnPanel panel = Draw.draw(lottery, publicSeed.get());
            json.put("draw", SortitionReport.panel(panel));
            text.append("\n\n").append(SortitionReport.panelText(panel));
        } else {
            text.append("\n\nPubliceer de resultaat-hash, stel daarna in het openbaar het lotnummer vast en trek met"
                    + " 'stemwerk sortition verify LOTINGBESTAND --seed LOTNUMMER'.");
        }
        output.print(out, json, text.toString());
        out.flush();
        return ExitCodes.OK;
    }

    /** Progress on stderr, one line whenever the phase or the number of settled probabilities changes. */
    private static final class StderrProgress implements SelectionListener {
        private final PrintWriter err;
        private String last = "";

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(SelectionProgress progress) {
            String key = progress.phase() + "/" + progress.settledVolunteers();
            if (!key.equals(last)) {
                last = key;
                err.println(SortitionReport.progressText(progress));
                err.flush();
            }
        }
    }
}
