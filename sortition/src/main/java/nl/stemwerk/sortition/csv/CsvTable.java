package nl.stemwerk.sortition.csv;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * A parsed CSV file: its header and its data rows, each with the line it starts on.
 *
 * @param fileName the name shown in messages
 * @param header   the column names, trimmed
 * @param rows     the data rows, each as long as the header
 */
public record CsvTable(String fileName, List<String> header, List<Row> rows) {

    /**
     * One data row.
     *
     * @param line  the line number in the file (the header is line 1)
     * @param cells the cells, trimmed
     */
    public record Row(int line, List<String> cells) {
        public String cell(int column) {
            return cells.get(column);
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** The first column whose name matches one of the names, ignoring case. */
    public OptionalInt column(List<String> names) {
        return IntStream.range(0, header.size())
                .filter(index -> names.contains(header.get(index).toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /** Like {@link #column(List)}, but a missing column is an error that lists the accepted names. */
    public int requireColumn(String role, List<String> names) {
        OptionalInt found = column(names);
        if (found.isEmpty()) {
            throw new SortitionException(ProblemCode.CSV_MISSING_COLUMN, "In " + fileName + " ontbreekt de kolom voor "
                    + role + ". Gebruik een van deze kolomnamen: " + String.join(", ", names) + ".");
        }
        return found.getAsInt();
    }

    public Optional<String> columnName(int column) {
        return column >= 0 && column < header.size() ? Optional.of(header.get(column)) : Optional.empty();
    }

    /** Where a cell is, in the words a user reads: "features.csv, regel 5, kolom 'min'". */
    public String location(Row row, int column) {
        return fileName + ", regel " + row.line() + ", kolom '" + header.get(column) + "'";
    }
}
