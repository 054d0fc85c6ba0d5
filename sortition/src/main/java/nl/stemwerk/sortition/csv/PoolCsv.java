package nl.stemwerk.sortition.csv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.pool.HouseholdKey;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;

/**
 * Reads the pool file: one row per volunteer, one column per quota category, and optionally an id column and
 * address columns (the paper's {@code respondents.csv}, the Sortition Foundation's {@code candidates.csv}, or
 * the same with Dutch column names). Columns that are neither are ignored, so contact details may stay in the
 * file but never enter the library's results.
 */
public final class PoolCsv {
    private PoolCsv() {
    }

    public static Pool read(Reader reader, String fileName, Quotas quotas, PoolCsvOptions options) {
        CsvTable table = CsvParser.parse(reader, fileName);
        Optional<Integer> idColumn = idColumn(table, options);
        List<Integer> addressColumns = addressColumns(table, options);
        Map<String, Integer> categoryColumns = new LinkedHashMap<>();
        for (String category : quotas.categories()) {
            categoryColumns.put(category, table.requireColumn("de categorie '" + category + "'",
                    List.of(category.toLowerCase(Locale.ROOT))));
        }
        List<Problem> problems = new ArrayList<>();
        List<Volunteer> volunteers = new ArrayList<>();
        for (int index = 0; index < table.rows().size(); index++) {
            CsvTable.Row row = table.rows().get(index);
            String id = idColumn.map(row::cell).orElse(Integer.toString(index + 1));
            Map<String, String> features = new LinkedHashMap<>();
            categoryColumns.forEach((category, column) ->
                    features.put(category, value(table, row, column, quotas.of(category), problems)));
            String household = HouseholdKey.of(addressColumns.stream().map(row::cell).toList());
            volunteers.add(new Volunteer(id, features, household));
        }
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
        return new Pool(volunteers);
    }

    private static String value(CsvTable table, CsvTable.Row row, int column, List<Quota> quotas,
                                List<Problem> problems) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            problems.add(new Problem(ProblemCode.VOLUNTEER_MISSING_VALUE, table.location(row, column)
                    + ": deze cel is leeg. Vul een van deze waarden in: " + values(quotas) + "."));
            return text;
        }
        Optional<String> exact = quotas.stream().map(Quota::value).filter(text::equals).findFirst();
        List<String> ignoringCase = quotas.stream().map(Quota::value).filter(text::equalsIgnoreCase).toList();
        if (exact.isPresent()) {
            return exact.get();
        }
        if (ignoringCase.size() == 1) {
            return ignoringCase.getFirst();
        }
        problems.add(new Problem(ProblemCode.VOLUNTEER_UNKNOWN_VALUE, table.location(row, column) + ": de waarde '"
                + text + "' staat niet in de quota. Bekende waarden: " + values(quotas) + "."));
        return text;
    }

    private static String values(List<Quota> quotas) {
        return String.join(", ", quotas.stream().map(Quota::value).toList());
    }

    private static Optional<Integer> idColumn(CsvTable table, PoolCsvOptions options) {
        if (options.idColumn().isPresent()) {
            String name = options.idColumn().get();
            return Optional.of(table.requireColumn("het id", List.of(name.toLowerCase(Locale.ROOT))));
        }
        OptionalInt detected = table.column(PoolCsvOptions.ID_COLUMNS);
        return detected.isPresent() ? Optional.of(detected.getAsInt()) : Optional.empty();
    }

    private static List<Integer> addressColumns(CsvTable table, PoolCsvOptions options) {
        if (!options.addressColumns().isEmpty()) {
            return options.addressColumns().stream()
                    .map(name -> table.requireColumn("het adres", List.of(name.toLowerCase(Locale.ROOT))))
                    .toList();
        }
        return IntStream.range(0, table.header().size())
                .filter(index -> PoolCsvOptions.ADDRESS_COLUMNS.contains(
                        table.header().get(index).toLowerCase(Locale.ROOT)))
                .boxed()
                .toList();
    }
}
