package nl.stemwerk.app.turnout.web.table;

import java.util.List;

/**
 * A table of figures as the pages, the CSV downloads and the PDF report show it: every cell has its Dutch text, a
 * value to sort on, a value for CSV, and the numbers of the notes that explain it (why a figure is unknown, what to
 * keep in mind about a known one).
 *
 * @param id        HTML id, also the CSV file name
 * @param caption   the caption, which says what one row is
 * @param columns   the columns
 * @param rows      the rows, each as long as {@code columns}
 * @param totals    rows below the others that sorting leaves in place, such as the whole municipality
 * @param footnotes the notes the cells refer to, numbered from 1
 */
public record TableView(String id, String caption, List<Column> columns, List<List<Cell>> rows,
                        List<List<Cell>> totals, List<Footnote> footnotes) {
    public TableView {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        totals = totals.stream().map(List::copyOf).toList();
        footnotes = List.copyOf(footnotes);
        for (List<Cell> row : java.util.stream.Stream.concat(rows.stream(), totals.stream()).toList()) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A column and whether it holds numbers (aligned right, sorted as numbers). */
    public record Column(String label, boolean numeric) {
    }

    /** A note, with the number the cells refer to. */
    public record Footnote(int number, String text) {
    }

    /** The column's index by label, for tests and the chart that shows one column. */
    public int column(String label) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + label);
    }
}
