package nl.stemwerk.turnout.internal.text;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line  1-based line number where the record starts
 * @param cells the cells, unquoted, not trimmed
 */
public record CsvRow(int line, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell, trimmed, or "" when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
