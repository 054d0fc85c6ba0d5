package nl.stemwerk.app.sortition.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo burgerberaad's files, generated: no real person is in them (see demo/burgerberaad/SOURCES.md). Quotas
 * follow population shares; the volunteers are drawn with a skew towards older, higher-educated residents of the
 * largest village, as volunteers for citizens' assemblies tend to be, so the LEGACY comparison has something to show.
 */
final class DemoPool {
    static final int VOLUNTEERS = 300;
    static final int PANEL_SIZE = 24;
    static final long SEED = 668;

    /** A category: its column name and, per value, the population share and the volunteers' weight. */
    private record Category(String name, Map<String, double[]> shareAndSkew) {
    }

    /**
     * Area shares: the voters called per polling station at the GR2022 election (osv4-3 CSV in
     * demo/west-maas-en-waal, row "opgeroepenen"), added up per village by the station's postcode; the villages are
     * the CBS wijken of GM0668. Gender, age and education shares are round illustrative figures.
     */
    private static final List<Category> CATEGORIES = List.of(
            new Category("geslacht", values("vrouw", 50, 0.9, "man", 50, 1.1)),
            new Category("leeftijd", values("16-34", 28, 0.6, "35-54", 33, 1.0, "55+", 39, 1.4)),
            new Category("wijk", values("Alphen", 1415, 1.0, "Altforst", 443, 0.8, "Appeltern", 694, 0.9,
                    "Beneden-Leeuwen", 5807, 1.3, "Boven-Leeuwen", 1809, 1.0, "Dreumel", 2913, 0.9,
                    "Maasbommel", 1136, 0.8, "Wamel", 1985, 0.9)),
            new Category("opleiding", values("laag", 30, 0.5, "midden", 38, 1.0, "hoog", 32, 1.7)));

    private DemoPool() {
    }

    /** Quota CSV: per value, the share of the panel rounded down minus one to rounded up plus one. */
    static String quotas() {
        StringBuilder csv = new StringBuilder("categorie,waarde,min,max\n");
        for (Category category : CATEGORIES) {
            double total = category.shareAndSkew().values().stream().mapToDouble(v -> v[0]).sum();
            category.shareAndSkew().forEach((value, shareAndSkew) -> {
                double seats = PANEL_SIZE * shareAndSkew[0] / total;
                csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d%n", category.name(), value,
                        Math.max(0, (int) Math.floor(seats) - 1), (int) Math.ceil(seats) + 1));
            });
        }
        return csv.toString();
    }

    /** Pool CSV: an id and one value per category for each volunteer, drawn from a fixed seed. */
    static String pool() {
        SplittableRandom random = new SplittableRandom(SEED);
        StringBuilder csv = new StringBuilder("id");
        CATEGORIES.forEach(category -> csv.append(',').append(category.name()));
        csv.append('\n');
        for (int i = 1; i <= VOLUNTEERS; i++) {
            csv.append(String.format(Locale.ROOT, "BB-%03d", i));
            for (Category category : CATEGORIES) {
                csv.append(',').append(pick(category, random));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static String pick(Category category, SplittableRandom random) {
        double total = category.shareAndSkew().values().stream().mapToDouble(v -> v[0] * v[1]).sum();
        double point = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, double[]> entry : category.shareAndSkew().entrySet()) {
            last = entry.getKey();
            point -= entry.getValue()[0] * entry.getValue()[1];
            if (point < 0) {
                break;
            }
        }
        return last;
    }

    private static Map<String, double[]> values(Object... valueShareSkew) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int i = 0; i < valueShareSkew.length; i += 3) {
            values.put((String) valueShareSkew[i], new double[] {((Number) valueShareSkew[i + 1]).doubleValue(),
                    ((Number) valueShareSkew[i + 2]).doubleValue()});
        }
        return values;
    }
}
