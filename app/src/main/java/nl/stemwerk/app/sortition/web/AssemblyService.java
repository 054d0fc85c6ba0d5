package nl.stemwerk.app.sortition.web;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.csv.PoolCsv;
import nl.stemwerk.sortition.csv.PoolCsvOptions;
import nl.stemwerk.sortition.csv.QuotaCsv;
import nl.stemwerk.sortition.draw.Draw;
import nl.stemwerk.sortition.draw.DrawnPanel;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.PublicSeed;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Burgerberaden by lot: store the quota and pool files, compute the lottery (the pages do that in a background run,
 * package {@code sortition.run}, which calls {@link #storeLottery}); the public draw is in package {@code draw}.
 * Every step is written to the audit log; the audit log gets hashes and ids, never the pool's personal data.
 */
@Service
public class AssemblyService {
    private final AssemblyRepository assemblies;
    private final ChangeService changes;

    AssemblyService(AssemblyRepository assemblies, ChangeService changes) {
        this.assemblies = assemblies;
        this.changes = changes;
    }

    @Transactional
    public long create(String name, String panelSize, boolean onePerHousehold, String categoriesName,
                       String categoriesCsv, String poolName, String poolCsv) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            problems.add("name", "Geef het burgerberaad een naam van hoogstens 200 tekens.");
        }
        int k = 0;
        try {
            k = Integer.parseInt(panelSize.strip());
        } catch (NumberFormatException e) {
            problems.add("k", "'" + panelSize + "' is geen heel getal. Hoeveel leden krijgt het panel?");
        }
        if (categoriesCsv.isBlank()) {
            problems.add("categories", "Kies het bestand met de quota.");
        }
        if (poolCsv.isBlank()) {
            problems.add("pool", "Kies het bestand met de aanmeldingen.");
        }
        problems.throwIfAny();
        SelectionProblem problem = problem(categoriesName, categoriesCsv, poolName, poolCsv, k, onePerHousehold);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("naam", n);
        details.put("panelgrootte", k);
        details.put("eenPerHuishouden", onePerHousehold);
        details.put("quotabestand", categoriesName);
        details.put("aanmeldingen", problem.pool().size());
        long id = assemblies.insert(n, k, onePerHousehold, categoriesName, categoriesCsv, poolName, poolCsv);
        changes.apply(new Change("burgerberaad.aangemaakt", subject(id), details), () -> { });
        return id;
    }

    public List<StoredAssembly> list() {
        return assemblies.list();
    }

    public StoredAssembly get(long id) {
        return assemblies.find(id).orElseThrow(() -> InvalidInput.of("assembly", "Dit burgerberaad bestaat niet."));
    }

    /**
     * Stores a computed lottery with its audit row, if the burgerberaad is still at {@code version} and not drawn;
     * {@code alongside} is written in the same transaction (a background run's state).
     */
    public void storeLottery(long id, int version, Algorithm algorithm, Lottery lottery, Runnable alongside) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("methode", algorithm.name());
        details.put("resultaatHash", lottery.resultHash());
        details.put("panels", lottery.panels().size());
        details.put("kleinsteKans", lottery.fairness().minimum());
        details.put("gini", lottery.fairness().gini());
        changes.apply(new Change("burgerberaad.loting-berekend", subject(id), details), () -> {
            assemblies.storeLottery(id, version, algorithm.name(), LotteryFile.write(lottery), lottery.resultHash());
            alongside.run();
        });
    }

    /** The stored lottery, read back (and so checked) exactly as anyone replaying it would. */
    public Lottery lottery(StoredAssembly assembly) {
        return LotteryFile.read(new StringReader(assembly.lotteryFile().orElseThrow()));
    }

    /** The replayed draw of a drawn assembly, with its log. */
    public DrawnPanel drawnPanel(StoredAssembly assembly) {
        return Draw.draw(lottery(assembly), PublicSeed.parse(assembly.seed().orElseThrow()));
    }

    public SelectionProblem problem(StoredAssembly a) {
        return problem(a.categoriesName(), a.categoriesCsv(), a.poolName(), a.poolCsv(), a.panelSize(),
                a.onePerHousehold());
    }

    public static String subject(long id) {
        return "burgerberaad:" + id;
    }

    private static SelectionProblem problem(String categoriesName, String categoriesCsv, String poolName,
                                            String poolCsv, int k, boolean onePerHousehold) {
        Quotas quotas;
        try {
            quotas = QuotaCsv.read(new StringReader(categoriesCsv), categoriesName);
        } catch (SortitionException e) {
            throw InvalidInput.of("categories", dutch(e));
        }
        try {
            return SelectionProblem.of(PoolCsv.read(new StringReader(poolCsv), poolName, quotas,
                    PoolCsvOptions.detect()), quotas, k).withOneMemberPerHousehold(onePerHousehold);
        } catch (SortitionException e) {
            throw InvalidInput.of(e.code().name().startsWith("PANEL_SIZE") ? "k" : "pool", dutch(e));
        }
    }

    private static String dutch(SortitionException e) {
        return e.problems().stream().limit(10).map(Problem::message).collect(Collectors.joining(" "));
    }
}
