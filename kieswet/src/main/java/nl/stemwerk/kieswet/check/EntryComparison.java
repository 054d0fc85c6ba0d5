package nl.stemwerk.kieswet.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * The first and second entry of the same proces-verbaal side by side, field by field (W.001), for the
 * coordinator's view. Empty and 0 are different values here: the typists must have typed the same.
 *
 * @param differingFields the fields whose values differ, in form order; {@code model} when the two entries are of
 *                        different forms
 */
public record EntryComparison(List<String> differingFields) {
    /** The field name used when the entries are not even the same form. */
    public static final String MODEL = "model";

    public EntryComparison {
        differingFields = List.copyOf(differingFields);
    }

    public static EntryComparison of(ReportEntry first, ReportEntry second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.model() != second.model()) {
            return new EntryComparison(List.of(MODEL));
        }
        Map<String, String> a = first.fields();
        Map<String, String> b = second.fields();
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            if (!Objects.equals(a.get(name), b.get(name))) {
                differing.add(name);
            }
        }
        return new EntryComparison(differing);
    }

    public boolean equal() {
        return differingFields.isEmpty();
    }

    /** W.001 with the differing fields, when the entries differ. */
    public Optional<CheckResult> warning() {
        return equal() ? Optional.empty() : Optional.of(CheckResult.of(CheckCode.W001, differingFields));
    }
}
