package nl.stemwerk.sortition.csv;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;

/**
 * Reads the quota file in any of the three layouts in use:
 * <ul>
 *   <li>the paper's {@code category,feature,min,max}, where "feature" is the value;</li>
 *   <li>the Sortition Foundation's {@code feature,value,min,max[,min_flex,max_flex]} (also {@code category,name}),
 *       where "feature" is the category;</li>
 *   <li>Dutch names: {@code categorie} or {@code kenmerk}, {@code waarde}, {@code min} or {@code minimum},
 *       {@code max} or {@code maximum}.</li>
 * </ul>
 * Other columns, such as {@code min_flex} and {@code max_flex}, are ignored.
 */
public final class QuotaCsv {
    static final List<String> VALUE_COLUMNS = List.of("value", "name", "category value", "waarde", "kenmerkwaarde");
    static final List<String> CATEGORY_COLUMNS = List.of("category", "categorie", "kenmerk", "feature", "eigenschap");
    static final List<String> PAPER_VALUE_COLUMNS = List.of("feature");
    static final List<String> PAPER_CATEGORY_COLUMNS = List.of("category", "categorie");
    static final List<String> MIN_COLUMNS = List.of("min", "minimum");
    static final List<String> MAX_COLUMNS = List.of("max", "maximum");

    private QuotaCsv() {
    }

    public static Quotas read(Reader reader, String fileName) {
        CsvTable table = CsvParser.parse(reader, fileName);
        OptionalInt valueColumn = table.column(VALUE_COLUMNS);
        int category;
        int value;
        if (valueColumn.isPresent()) {
            value = valueColumn.getAsInt();
            category = table.requireColumn("de categorie", CATEGORY_COLUMNS);
        } else {
            value = table.requireColumn("de waarde", union(VALUE_COLUMNS, PAPER_VALUE_COLUMNS));
            category = table.requireColumn("de categorie", PAPER_CATEGORY_COLUMNS);
        }
        int min = table.requireColumn("het minimum", MIN_COLUMNS);
        int max = table.requireColumn("het maximum", MAX_COLUMNS);
        List<Problem> problems = new ArrayList<>();
        List<Quota> quotas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String categoryText = requireText(table, row, category, problems);
            String valueText = requireText(table, row, value, problems);
            int minimum = wholeNumber(table, row, min, problems);
            int maximum = wholeNumber(table, row, max, problems);
            if (minimum > maximum) {
                problems.add(new Problem(ProblemCode.QUOTA_MIN_ABOVE_MAX, table.location(row, min) + ": het minimum "
                        + minimum + " ligt boven het maximum " + maximum + "."));
            }
            if (!seen.add(categoryText + "\u0000" + valueText)) {
                problems.add(new Problem(ProblemCode.QUOTA_DUPLICATE, table.location(row, value) + ": "
                        + categoryText + " = " + valueText + " staat al op een eerdere regel."));
            }
            quotas.add(new Quota(categoryText, valueText, minimum, maximum));
        }
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
        return new Quotas(quotas);
    }

    static String requireText(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            problems.add(new Problem(ProblemCode.CSV_EMPTY_CELL, table.location(row, column) + ": deze cel is leeg."));
        }
        return text;
    }

    private static int wholeNumber(CsvTable table, CsvTable.Row row, int column, List<Problem> problems) {
        String text = row.cell(column);
        if (text.matches("\\d{1,9}")) {
            return Integer.parseInt(text);
        }
        problems.add(new Problem(ProblemCode.CSV_NOT_A_NUMBER, table.location(row, column) + ": '" + text
                + "' is geen heel getal van 0 of meer."));
        return 0;
    }

    private static List<String> union(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
