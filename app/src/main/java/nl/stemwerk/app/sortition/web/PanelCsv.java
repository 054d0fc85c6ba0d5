package nl.stemwerk.app.sortition.web;

import java.util.Comparator;
import java.util.List;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;

/** The panel as CSV for the griffie: id and the values per category, one member per row. */
public final class PanelCsv {
    private PanelCsv() {
    }

    public static String of(Pool pool, List<String> categories, List<String> memberIds) {
        StringBuilder csv = new StringBuilder("id");
        categories.forEach(c -> csv.append(',').append(cell(c)));
        csv.append("\r\n");
        memberIds.stream().map(id -> pool.find(id).orElseThrow()).sorted(Comparator.comparing(Volunteer::id))
                .forEach(v -> {
                    csv.append(cell(v.id()));
                    categories.forEach(c -> csv.append(',').append(cell(v.value(c))));
                    csv.append("\r\n");
                });
        return csv.toString();
    }

    /** Quoted when needed (RFC 4180); a leading = + - @ is defused, because the file is opened in Excel. */
    private static String cell(String raw) {
        String value = raw.matches("[=+\\-@].*") ? "'" + raw : raw;
        return value.matches("[^\",\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
