package nl.stemwerk.turnout.problem;

import java.util.Objects;

/**
 * Where in an input file something was found, so that a message can name the file, the row and the column.
 *
 * @param source the file name as the user knows it, e.g. "osv4-3_telling_gr2022_nijmegen.csv"
 * @param row    1-based row (line in a CSV, row in a sheet, feature number in GeoJSON); 0 when not about a row
 * @param column column name or letter; empty when not about a column
 */
public record SourcePosition(String source, int row, String column) {
    public SourcePosition {
        Objects.requireNonNull(source, "source");
        if (row < 0) {
            throw new IllegalArgumentException("row < 0");
        }
        column = column == null ? "" : column;
    }

    public static SourcePosition file(String source) {
        return new SourcePosition(source, 0, "");
    }

    public static SourcePosition row(String source, int row) {
        return new SourcePosition(source, row, "");
    }

    public SourcePosition withColumn(String columnName) {
        return new SourcePosition(source, row, columnName);
    }

    /** Dutch description, e.g. "bestand x.csv, rij 9, kolom 'Totaal'". */
    public String describe() {
        StringBuilder text = new StringBuilder("bestand ").append(source);
        if (row > 0) {
            text.append(", rij ").append(row);
        }
        if (!column.isEmpty()) {
            text.append(", kolom '").append(column).append('\'');
        }
        return text.toString();
    }
}
