package nl.stemwerk.turnout.station.internal;

import java.util.Map;
import nl.stemwerk.turnout.problem.SourcePosition;

/**
 * One station row of a table, whatever its layout: a CSV line, a spreadsheet row, or a column of the
 * transposed WaarIsMijnStemlokaal form.
 *
 * @param values   cell text per column name, trimmed
 * @param source   file name
 * @param row      the row to name in messages (line, sheet row, or the form's attribute row)
 * @param layout   how to name a cell's place
 */
public record TableRecord(Map<String, String> values, String source, int row, Layout layout) {
    public TableRecord {
        values = Map.copyOf(values);
    }

    /** How positions are named: by row and column name, or (transposed form) by attribute row and sheet column. */
    public sealed interface Layout {
        SourcePosition at(String source, int row, String column);
    }

    /** One record per row; the column is named by its header. */
    public record Rows() implements Layout {
        @Override
        public SourcePosition at(String source, int row, String column) {
            return SourcePosition.row(source, row).withColumn(column);
        }
    }

    /** One record per sheet column; the row of each attribute is known, the column is a letter. */
    public record Columns(String columnLetter, Map<String, Integer> attributeRows) implements Layout {
        public Columns {
            attributeRows = Map.copyOf(attributeRows);
        }

        @Override
        public SourcePosition at(String source, int row, String column) {
            return SourcePosition.row(source, attributeRows.getOrDefault(column, row)).withColumn(columnLetter);
        }
    }

    public String get(String column) {
        return values.getOrDefault(column, "");
    }

    public SourcePosition at(String column) {
        return layout.at(source, row, column);
    }

    public SourcePosition position() {
        return layout instanceof Columns columns ? SourcePosition.file(source).withColumn(columns.columnLetter())
                : SourcePosition.row(source, row);
    }

    public boolean isBlank() {
        return values.values().stream().allMatch(String::isBlank);
    }
}
