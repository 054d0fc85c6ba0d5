package nl.stemwerk.app.dataentry;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.kieswet.entry.Fields;

/**
 * Short Dutch names of the boxes of a proces-verbaal, as officials say them ("A", "E.2", "lijst 2, kandidaat 5"), for
 * messages and the side-by-side view. The full labels of the paper are in {@code i18n/dataentry.properties}.
 */
public final class FieldLabels {
    private static final Pattern CANDIDATE = Pattern.compile("list\\.(\\d+)\\.candidate\\.(\\d+)");
    private static final Pattern LIST_TOTAL = Pattern.compile("list\\.(\\d+)\\.total");

    private FieldLabels() {
    }

    public static String shortName(String field) {
        Matcher candidate = CANDIDATE.matcher(field);
        if (candidate.matches()) {
            return "lijst " + candidate.group(1) + ", kandidaat " + candidate.group(2);
        }
        Matcher total = LIST_TOTAL.matcher(field);
        if (total.matches()) {
            return "totaal lijst " + total.group(1);
        }
        return switch (field) {
            case Fields.EXTRA_INVESTIGATION_OTHER_REASON -> "B1-1 vraag 1 (extra onderzoek)";
            case Fields.EXTRA_INVESTIGATION_BALLOTS_RECOUNTED -> "B1-1 vraag 2 (herteld)";
            case Fields.COUNTING_DIFFERENCE_EXPLAINED -> "B1-2 vraag 1 (verschil verklaard)";
            case Fields.COUNTING_DIFFERENCE_PER_LIST -> "B1-2 vraag 2 (verschil per lijst)";
            case Fields.ELIGIBLE_VOTERS -> "kiesgerechtigden";
            case Fields.D_EQUALS_H -> "D = H";
            case Fields.H_MORE_THAN_D -> "H > D";
            case Fields.H_LESS_THAN_D -> "H < D";
            case Fields.DIFFERENCE_EXPLAINED -> "verschil volledig verklaard";
            default -> field;
        };
    }

    /** The message key of a box's full label, e.g. {@code entry.field.A} or {@code entry.field.listTotal}. */
    public static String labelKey(String field) {
        if (CANDIDATE.matcher(field).matches()) {
            return "entry.field.candidate";
        }
        if (LIST_TOTAL.matcher(field).matches()) {
            return "entry.field.candidateListTotal";
        }
        if (field.matches("E\\.\\d+")) {
            return "entry.field.listTotal";
        }
        return "entry.field." + field.replace('=', 'e').replace('>', 'g').replace('<', 'l');
    }
}
