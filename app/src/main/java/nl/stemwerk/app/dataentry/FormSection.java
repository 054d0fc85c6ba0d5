package nl.stemwerk.app.dataentry;

import java.util.List;

/**
 * One section of a proces-verbaal as on paper, with its boxes in paper order.
 *
 * @param key       the section's key in the address, e.g. {@code kiezers} or {@code lijst-2}
 * @param titleKey  message key of its title
 * @param titleArgs arguments of the title (list number and name)
 * @param fields    its boxes
 */
public record FormSection(String key, String titleKey, List<Object> titleArgs, List<FormField> fields) {
    public FormSection {
        titleArgs = List.copyOf(titleArgs);
        fields = List.copyOf(fields);
    }

    public boolean contains(String field) {
        return fields.stream().anyMatch(f -> f.name().equals(field));
    }

    /**
     * One box.
     *
     * @param name      its field name ({@link nl.stemwerk.kieswet.entry.Fields})
     * @param kind      a number, a yes/no question, or a tick box
     * @param labelKey  message key of its label
     * @param labelArgs arguments of the label (a candidate's number and name)
     */
    public record FormField(String name, Kind kind, String labelKey, List<Object> labelArgs) {
        public FormField {
            labelArgs = List.copyOf(labelArgs);
        }

        static FormField number(String name) {
            return new FormField(name, Kind.NUMBER, FieldLabels.labelKey(name), List.of());
        }

        /** The id of the input in the page (field names have dots and signs that CSS selectors dislike). */
        public String inputId() {
            return "veld-" + name.replaceAll("[^A-Za-z0-9]", "_");
        }

        public boolean isNumber() {
            return kind == Kind.NUMBER;
        }

        public boolean isYesNo() {
            return kind == Kind.YES_NO;
        }

        public boolean isTick() {
            return kind == Kind.TICK;
        }
    }

    /** What kind of box a field is. */
    public enum Kind { NUMBER, YES_NO, TICK }
}
