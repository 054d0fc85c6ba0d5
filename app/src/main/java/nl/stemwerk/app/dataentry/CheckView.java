package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.check.CheckCode;
import nl.stemwerk.kieswet.check.CheckResult;
import nl.stemwerk.kieswet.check.CheckResults;

/**
 * A check that fired, as a page shows it: the code as officials know it (F.201), whether it is an error, the message
 * keys of its title and of the help for the reader's role, the boxes involved and the section it belongs to.
 *
 * @param code    the check
 * @param fields  the boxes involved (field names)
 * @param section the key of the section where the typist sees it: the last section holding one of its boxes
 * @param role    {@code typist}, {@code coordinator} or {@code gsb}: whose help text to show
 */
public record CheckView(CheckCode code, List<String> fields, String section, String role) {
    public CheckView {
        fields = List.copyOf(fields);
    }

    public static List<CheckView> of(CheckResults results, List<FormSection> sections, String role) {
        List<CheckView> views = new ArrayList<>();
        for (CheckResult result : results.errors()) {
            views.add(new CheckView(result.code(), result.fields(), home(result, sections), role));
        }
        for (CheckResult result : results.warnings()) {
            views.add(new CheckView(result.code(), result.fields(), home(result, sections), role));
        }
        return views;
    }

    /** W.002 with the boxes the typists disagreed on, for an entry the coordinator sent back. */
    public static CheckView sentBack(List<String> fields, List<FormSection> sections, String role) {
        String section = sections.stream().filter(s -> fields.stream().anyMatch(s::contains)).map(FormSection::key)
                .findFirst().orElse(EntrySections.CHECK);
        return new CheckView(CheckCode.W002, fields, section, role);
    }

    public String label() {
        return code.label();
    }

    public boolean error() {
        return code.isError();
    }

    public String titleKey() {
        return "check." + code.name() + ".title";
    }

    public String helpKey() {
        return "check." + code.name() + "." + role;
    }

    /** "A, B en D". */
    public String fieldNames() {
        List<String> names = fields.stream().map(FieldLabels::shortName).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.getLast();
    }

    public boolean involves(String field) {
        return fields.contains(field);
    }

    private static String home(CheckResult result, List<FormSection> sections) {
        String home = EntrySections.CHECK;
        for (FormSection section : sections) {
            if (result.fields().stream().anyMatch(section::contains)) {
                home = section.key();
            }
        }
        return home;
    }
}
