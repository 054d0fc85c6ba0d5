package nl.stemwerk.kieswet.entry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every box of an entry by its field name, in form order: what is compared between two entries (W.001) and
 * what a check points at. Names follow the paper: {@code A}, {@code E.2}, {@code H>D}, {@code lijst.2.kandidaat.5}.
 */
public final class Fields {
    public static final String EXTRA_INVESTIGATION_OTHER_REASON = "B1-1.otherReason";
    public static final String EXTRA_INVESTIGATION_BALLOTS_RECOUNTED = "B1-1.ballotsRecounted";
    public static final String COUNTING_DIFFERENCE_EXPLAINED = "B1-2.differenceExplained";
    public static final String COUNTING_DIFFERENCE_PER_LIST = "B1-2.differencePerList";
    public static final String ELIGIBLE_VOTERS = "eligibleVoters";
    public static final String A = "A";
    public static final String B = "B";
    public static final String C = "C";
    public static final String D = "D";
    public static final String E = "E";
    public static final String F = "F";
    public static final String G = "G";
    public static final String H = "H";
    public static final String I = "I";
    public static final String J = "J";
    public static final String D_EQUALS_H = "D=H";
    public static final String H_MORE_THAN_D = "H>D";
    public static final String H_LESS_THAN_D = "H<D";
    public static final String DIFFERENCE_EXPLAINED = "differenceExplained";

    private final Map<String, String> values = new LinkedHashMap<>();

    /** E.n: the total of list n in the votes section. */
    public static String listTotal(int listNumber) {
        return "E." + listNumber;
    }

    /** The list total at the foot of list n's candidate votes. */
    public static String candidateListTotal(int listNumber) {
        return "list." + listNumber + ".total";
    }

    /** The votes of one candidate. */
    public static String candidate(int listNumber, int candidateNumber) {
        return "list." + listNumber + ".candidate." + candidateNumber;
    }

    Fields() {
    }

    void put(String field, Object value) {
        values.put(field, String.valueOf(value));
    }

    /** Field name to the value as typed, in form order; an empty box is the empty string. */
    Map<String, String> ordered() {
        return Collections.unmodifiableMap(values);
    }
}
