package nl.stemwerk.sortition.testing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import nl.stemwerk.sortition.csv.CsvParser;
import nl.stemwerk.sortition.csv.CsvTable;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.SelectionProblem;

/**
 * A pool shaped like the paper's hardest instance sf_e (n = 1727, k = 110, 7 categories), whose real pool is not
 * public. Population shares come from the published pairwise shares ({@code sf_e_110/intersections.csv}): the
 * first category (a) is drawn from its share, every other category from its share given a. Volunteering is
 * skewed as in real pools: each value gets a fixed over- or under-representation factor, so some groups are
 * scarce in the pool. Quotas are the population share of the panel, widened by one seat each way.
 */
public final class SfeShapedPool {
    public static final int POOL_SIZE = 1727;
    public static final int PANEL_SIZE = 110;

    private SfeShapedPool() {
    }

    public static SelectionProblem generate(long seed) {
        Map<String, Map<String, Double>> marginals = new TreeMap<>();
        Map<String, Map<String, Map<String, Double>>> givenA = new TreeMap<>();
        readShares(marginals, givenA);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> bias = new TreeMap<>();
        marginals.forEach((category, values) -> values.keySet().forEach(value ->
                bias.put(value, Math.exp(0.6 * gaussian(random)))));
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < POOL_SIZE; i++) {
            Map<String, String> features = new LinkedHashMap<>();
            String a = pick(marginals.get("a"), bias, random);
            features.put("a", a);
            for (String category : marginals.keySet()) {
                if (!category.equals("a")) {
                    Map<String, Double> shares = givenA.get(category).getOrDefault(a, marginals.get(category));
                    features.put(category, pick(shares, bias, random));
                }
            }
            volunteers.add(new Volunteer(String.format("v%04d", i + 1), features));
        }
        List<Quota> quotas = new ArrayList<>();
        marginals.forEach((category, values) -> values.forEach((value, share) -> {
            double target = share * PANEL_SIZE;
            quotas.add(new Quota(category, value, Math.max(0, (int) Math.floor(target) - 1),
                    (int) Math.ceil(target) + 1));
        }));
        return SelectionProblem.of(new Pool(volunteers), new Quotas(quotas), PANEL_SIZE);
    }

    private static String pick(Map<String, Double> shares, Map<String, Double> bias, SplittableRandom random) {
        double total = 0;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            total += weight(share, bias);
        }
        double draw = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> share : shares.entrySet()) {
            draw -= weight(share, bias);
            last = share.getKey();
            if (draw < 0) {
                return last;
            }
        }
        return last;
    }

    /** A share of 0 (a category value nobody in the population has) still lets a few volunteers have it. */
    private static double weight(Map.Entry<String, Double> share, Map<String, Double> bias) {
        return Math.max(share.getValue(), 0.002) * bias.get(share.getKey());
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static void readShares(Map<String, Map<String, Double>> marginals,
                                   Map<String, Map<String, Map<String, Double>>> givenA) {
        CsvTable table;
        try (Reader reader = SharedData.reader("sf_e_110/intersections.csv")) {
            table = CsvParser.parse(reader, "intersections.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (CsvTable.Row row : table.rows()) {
            String category1 = row.cell(0);
            String value1 = row.cell(1);
            String category2 = row.cell(2);
            String value2 = row.cell(3);
            double share = Double.parseDouble(row.cell(4));
            if (category1.equals("a") || category2.equals("a")) {
                String a = category1.equals("a") ? value1 : value2;
                String other = category1.equals("a") ? category2 : category1;
                String value = category1.equals("a") ? value2 : value1;
                givenA.computeIfAbsent(other, key -> new TreeMap<>()).computeIfAbsent(a, key -> new TreeMap<>())
                        .merge(value, share, Double::sum);
            }
        }
        givenA.forEach((category, byA) -> {
            Map<String, Double> marginal = new TreeMap<>();
            byA.values().forEach(shares -> shares.forEach((value, share) -> marginal.merge(value, share, Double::sum)));
            marginals.put(category, marginal);
        });
        Map<String, Double> aMarginal = new TreeMap<>();
        givenA.get("b").forEach((a, shares) ->
                aMarginal.put(a, shares.values().stream().mapToDouble(Double::doubleValue).sum()));
        marginals.put("a", aMarginal);
    }
}
