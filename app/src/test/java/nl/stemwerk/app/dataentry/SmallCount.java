package nl.stemwerk.app.dataentry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A consistent count (Na 31-2 Bijlage 1) for a test election with two lists of three and two candidates: 100 voters
 * admitted (90 poll cards, 10 proxies), 100 ballots (97 valid, 2 blank, 1 invalid), list 1 60 votes (40, 15, 5),
 * list 2 37 votes (30, 7). No check fires.
 */
final class SmallCount {
    private SmallCount() {
    }

    static Map<String, String> valid() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("B1-1.otherReason", "");
        v.put("B1-1.ballotsRecounted", "");
        v.put("B1-2.differenceExplained", "nee");
        v.put("B1-2.differencePerList", "nee");
        v.put("A", "90");
        v.put("B", "10");
        v.put("D", "100");
        v.put("E.1", "60");
        v.put("E.2", "37");
        v.put("E", "97");
        v.put("F", "2");
        v.put("G", "1");
        v.put("H", "100");
        v.put("D=H", "true");
        v.put("H>D", "false");
        v.put("H<D", "false");
        v.put("list.1.candidate.1", "40");
        v.put("list.1.candidate.2", "15");
        v.put("list.1.candidate.3", "5");
        v.put("list.1.total", "60");
        v.put("list.2.candidate.1", "30");
        v.put("list.2.candidate.2", "7");
        v.put("list.2.total", "37");
        return v;
    }

    /** The valid count with some boxes changed. */
    static Map<String, String> with(String... fieldsAndValues) {
        Map<String, String> v = valid();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            v.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return v;
    }
}
