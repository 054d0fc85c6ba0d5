package nl.stemwerk.app.dataentry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which boxes of a section a check points at, for the page: the ids of the messages that describe a box
 * ({@code aria-describedby}) and whether an error involves it ({@code aria-invalid}).
 */
public record FieldMarks(Map<String, String> describedBy, Map<String, Boolean> invalid) {

    public static FieldMarks of(FormSection section, List<CheckView> checks) {
        Map<String, String> describedBy = new HashMap<>();
        Map<String, Boolean> invalid = new HashMap<>();
        for (FormSection.FormField field : section.fields()) {
            List<CheckView> involved = checks.stream().filter(c -> c.involves(field.name())).toList();
            if (!involved.isEmpty()) {
                describedBy.put(field.name(), involved.stream().map(c -> "melding-" + c.code().name())
                        .collect(Collectors.joining(" ")));
                invalid.put(field.name(), involved.stream().anyMatch(CheckView::error));
            }
        }
        return new FieldMarks(Map.copyOf(describedBy), Map.copyOf(invalid));
    }

    public String describedBy(String field) {
        return describedBy.get(field);
    }

    public boolean isInvalid(String field) {
        return invalid.getOrDefault(field, false);
    }

    public boolean isMarked(String field) {
        return describedBy.containsKey(field);
    }
}
