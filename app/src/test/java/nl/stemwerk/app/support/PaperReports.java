package nl.stemwerk.app.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paper a typist has in front of them: a polling station's real GR2022 count of West Maas en Waal as a filled-in
 * Na 31-2 Bijlage 1, box by box (field names as in the form), from the osv4-3 CSV.
 */
public final class PaperReports {
    private PaperReports() {
    }

    public static Map<String, String> westMaasEnWaal(int station) {
        Osv43Count count = Osv43Count.westMaasEnWaal2022();
        Map<String, String> paper = new LinkedHashMap<>();
        paper.put("B1-1.otherReason", "");
        paper.put("B1-1.ballotsRecounted", "");
        paper.put("B1-2.differenceExplained", "ja");
        paper.put("B1-2.differencePerList", "nee");
        long a = count.figureAt(station, "geldige stempas");
        long b = count.figureAt(station, "geldig volmachtbewijs");
        long d = count.figureAt(station, "toegelaten kiezers");
        long h = count.figureAt(station, "aangetroffen stembiljetten");
        put(paper, "A", a);
        put(paper, "B", b);
        put(paper, "D", d);
        List<Osv43Count.CountedList> lists = count.listsAt(station);
        lists.forEach(l -> put(paper, "E." + l.number(), l.total()));
        put(paper, "E", count.figureAt(station, "geldige stembiljetten"));
        put(paper, "F", count.figureAt(station, "blanco stembiljetten"));
        put(paper, "G", count.figureAt(station, "ongeldige stembiljetten"));
        put(paper, "H", h);
        paper.put("D=H", Boolean.toString(d == h));
        paper.put("H>D", Boolean.toString(h > d));
        paper.put("H<D", Boolean.toString(h < d));
        paper.put("I", h > d ? Long.toString(h - d) : "");
        paper.put("J", h < d ? Long.toString(d - h) : "");
        paper.put("differenceExplained", d == h ? "" : "ja");
        candidates(paper, lists);
        return paper;
    }

    /**
     * The GSB's result of West Maas en Waal 2022 as the CSB enters it (model Na 31-2): the municipality's totals,
     * with 16,202 eligible voters.
     */
    public static Map<String, String> westMaasEnWaalTotal() {
        Osv43Count count = Osv43Count.westMaasEnWaal2022();
        Map<String, String> paper = new LinkedHashMap<>();
        put(paper, "eligibleVoters", count.total("opgeroepenen"));
        put(paper, "A", count.total("geldige stempas"));
        put(paper, "B", count.total("geldig volmachtbewijs"));
        put(paper, "D", count.total("toegelaten kiezers"));
        List<Osv43Count.CountedList> lists = count.lists();
        lists.forEach(l -> put(paper, "E." + l.number(), l.total()));
        put(paper, "E", count.total("geldige stembiljetten"));
        put(paper, "F", count.total("blanco stembiljetten"));
        put(paper, "G", count.total("ongeldige stembiljetten"));
        put(paper, "H", count.total("aangetroffen stembiljetten"));
        put(paper, "I", count.total("meer stembiljetten dan toegelaten kiezers"));
        put(paper, "J", count.total("minder stembiljetten dan toegelaten kiezers"));
        candidates(paper, lists);
        return paper;
    }

    private static void candidates(Map<String, String> paper, List<Osv43Count.CountedList> lists) {
        for (Osv43Count.CountedList list : lists) {
            for (int c = 0; c < list.candidateVotes().size(); c++) {
                put(paper, "list." + list.number() + ".candidate." + (c + 1), list.candidateVotes().get(c));
            }
            put(paper, "list." + list.number() + ".total", list.total());
        }
    }

    private static void put(Map<String, String> paper, String field, long value) {
        paper.put(field, Long.toString(value));
    }
}
