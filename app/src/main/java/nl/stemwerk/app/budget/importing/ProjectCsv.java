package nl.stemwerk.app.budget.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.EuroAmount;
import nl.stemwerk.budgeting.money.Money;

/**
 * Projects from a CSV file with a header line. Columns by name, in any order: {@code nummer}, {@code naam},
 * {@code kosten} (required), {@code buurt}, {@code thema} (several separated by commas) and {@code omschrijving}.
 * Every error is reported with its line; the projects are returned only when there is none.
 */
public final class ProjectCsv {
    private static final Map<String, String> COLUMNS = columns();
    private static final List<String> REQUIRED = List.of("nummer", "naam", "kosten");

    private ProjectCsv() {
    }

    /** @throws ProjectImportException on field {@code file} with every problem */
    public static List<ImportedProject> read(byte[] bytes) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(Utf8.decode(bytes, "file")).stream().filter(r -> !r.isBlank()).toList();
        } catch (IllegalArgumentException e) {
            throw new ProjectImportException("file", List.of(e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new ProjectImportException("file", List.of("Het bestand is leeg."));
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> index = header(rows.getFirst(), problems);
        if (!problems.isEmpty()) {
            throw new ProjectImportException("file", problems);
        }
        List<ImportedProject> projects = new ArrayList<>();
        for (CsvRows.Row row : rows.subList(1, rows.size())) {
            project(row, index, rows.getFirst().fields().size(), problems).ifPresent(projects::add);
        }
        if (projects.isEmpty() && problems.isEmpty()) {
            problems.add("Het bestand heeft een kopregel maar geen projecten.");
        }
        if (!problems.isEmpty()) {
            throw new ProjectImportException("file", problems);
        }
        return projects;
    }

    private static Map<String, Integer> header(CsvRows.Row row, List<String> problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String name = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            String column = COLUMNS.get(name);
            if (column == null) {
                problems.add("Regel " + row.line() + ": de kolom '" + row.fields().get(i).strip() + "' kennen we"
                        + " niet. Gebruik nummer, naam, kosten, buurt, thema en omschrijving.");
            } else if (index.putIfAbsent(column, i) != null) {
                problems.add("Regel " + row.line() + ": de kolom '" + column + "' staat er twee keer in.");
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                problems.add("Regel " + row.line() + ": de kolom '" + required + "' ontbreekt.");
            }
        }
        return index;
    }

    private static Optional<ImportedProject> project(CsvRows.Row row, Map<String, Integer> index, int width,
                                                     List<String> problems) {
        String at = "Regel " + row.line() + ": ";
        if (row.fields().size() != width) {
            problems.add(at + "deze regel heeft " + row.fields().size() + " velden, de kopregel " + width + ".");
            return Optional.empty();
        }
        String cost = field(row, index, "kosten");
        Optional<Money> amount = EuroAmount.parse(cost);
        if (amount.isEmpty() || !amount.get().isPositive()) {
            problems.add(at + (cost.isBlank() ? "de kosten ontbreken." : amount.isEmpty() ? EuroAmount.hint(cost)
                    : "een project moet meer dan 0 euro kosten."));
            return Optional.empty();
        }
        String area = field(row, index, "buurt");
        List<String> categories = Arrays.stream(field(row, index, "thema").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        return Optional.of(new ImportedProject(row.line(), field(row, index, "nummer"), field(row, index, "naam"),
                field(row, index, "omschrijving"), amount.get(), area.isEmpty() ? null : area, categories));
    }

    private static String field(CsvRows.Row row, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null ? "" : row.fields().get(i).strip();
    }

    private static Map<String, String> columns() {
        Map<String, String> names = new HashMap<>();
        for (String name : List.of("nummer", "id", "project_id", "projectnummer")) {
            names.put(name, "nummer");
        }
        for (String name : List.of("naam", "name", "titel", "projectnaam")) {
            names.put(name, "naam");
        }
        for (String name : List.of("kosten", "cost", "bedrag", "begroting")) {
            names.put(name, "kosten");
        }
        for (String name : List.of("buurt", "wijk", "kern", "gebied", "neighbourhood")) {
            names.put(name, "buurt");
        }
        for (String name : List.of("thema", "thema's", "themas", "categorie", "category")) {
            names.put(name, "thema");
        }
        for (String name : List.of("omschrijving", "beschrijving", "description")) {
            names.put(name, "omschrijving");
        }
        return Map.copyOf(names);
    }
}
