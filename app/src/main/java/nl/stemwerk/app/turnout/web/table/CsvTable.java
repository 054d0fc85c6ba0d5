package nl.stemwerk.app.turnout.web.table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table as CSV for Dutch spreadsheets: UTF-8 with a byte order mark, ';' between cells and a decimal comma, so
 * that Excel with Dutch settings opens it as columns of numbers. An unknown figure is an empty cell; the last
 * column, "Toelichting", holds the notes of that row in words.
 */
public final class CsvTable {
    private CsvTable() {
    }

    public static void write(TableView table, Writer out) {
        try {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(table.columns().stream().map(TableView.Column::label).toList());
            header.add("Toelichting");
            out.write(line(header));
            for (List<Cell> row : java.util.stream.Stream.concat(table.rows().stream(), table.totals().stream()).toList()) {
                List<String> cells = new ArrayList<>(row.stream().map(Cell::csv).toList());
                Set<Integer> notes = new LinkedHashSet<>();
                row.forEach(cell -> notes.addAll(cell.notes()));
                cells.add(notes.stream().map(n -> table.footnotes().get(n - 1).text()).collect(Collectors.joining(" | ")));
                out.write(line(cells));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(List<String> cells) {
        return cells.stream().map(CsvTable::quote).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String quote(String cell) {
        if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
