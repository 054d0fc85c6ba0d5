package nl.stemwerk.app.turnout.web.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.turnout.figures.Reason;

/**
 * The notes of one table. The same reason in many cells becomes one note, so that a column of "unknown" carries one
 * explanation instead of the same paragraph in every row.
 */
public final class Footnotes {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    public int number(String text) {
        return numbers.computeIfAbsent(text, t -> numbers.size() + 1);
    }

    public List<Integer> numbers(List<Reason> reasons) {
        List<Integer> result = new ArrayList<>();
        reasons.forEach(reason -> {
            int n = number(reason.message());
            if (!result.contains(n)) {
                result.add(n);
            }
        });
        return result;
    }

    public List<TableView.Footnote> list() {
        return numbers.entrySet().stream().map(e -> new TableView.Footnote(e.getValue(), e.getKey())).toList();
    }
}
