package nl.stemwerk.app.turnout.web.table;

import java.util.List;

/**
 * One cell.
 *
 * @param text  what the page shows: "51,0%", "onbekend", "Raadhuis"
 * @param sort  what the column sorts on: a plain number ("0.5104") or the text; empty sorts last
 * @param csv   what the CSV download holds: the number with a decimal comma, or the text; empty when unknown
 * @param href  a link, or null
 * @param notes numbers of the footnotes that explain this cell
 */
public record Cell(String text, String sort, String csv, String href, List<Integer> notes) {
    public Cell {
        notes = List.copyOf(notes);
    }

    public static Cell text(String text) {
        return new Cell(text, text, text, null, List.of());
    }

    public static Cell link(String text, String href) {
        return new Cell(text, text, text, href, List.of());
    }
}
