package nl.stemwerk.app.dataentry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * Which form is typed, and for which lists: the model and each list's number of candidates, in list order.
 *
 * @param model             the paper model
 * @param candidatesPerList list number to number of candidates, in list order
 */
public record EntryShape(EntryModel model, Map<Integer, Integer> candidatesPerList) {
    public EntryShape {
        Objects.requireNonNull(model, "model");
        candidatesPerList = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(candidatesPerList));
    }

    public static EntryShape of(EntryModel model, List<PoliticalGroup> lists) {
        Map<Integer, Integer> shape = new LinkedHashMap<>();
        lists.forEach(l -> shape.put(l.number(), l.candidates().size()));
        return new EntryShape(model, shape);
    }

    /** A blank form of this shape. */
    public ReportEntry empty() {
        return ReportEntry.empty(model, candidatesPerList);
    }
}
