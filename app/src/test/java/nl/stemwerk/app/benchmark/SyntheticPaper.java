package nl.stemwerk.app.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consistent Na 31-2 Bijlage 1 for a polling station of the bench election, split into the sections a typist saves
 * one by one: admitted voters equal counted ballots, every total is the sum of its parts, so both entries finalise
 * without errors and become definitive.
 */
final class SyntheticPaper {
    private SyntheticPaper() {
    }

    /** The sections in paper order; each is the boxes saved together. */
    static List<Map<String, String>> sections(int station, int lists, int candidatesPerList) {
        List<Map<String, String>> candidates = new ArrayList<>();
        long allVotes = 0;
        Map<String, String> listTotals = new LinkedHashMap<>();
        for (int l = 1; l <= lists; l++) {
            Map<String, String> list = new LinkedHashMap<>();
            long total = 0;
            for (int c = 1; c <= candidatesPerList; c++) {
                long votes = (station * 7L + l * 3L + c) % 11;
                list.put("list." + l + ".candidate." + c, Long.toString(votes));
                total += votes;
            }
            list.put("list." + l + ".total", Long.toString(total));
            listTotals.put("E." + l, Long.toString(total));
            allVotes += total;
            candidates.add(list);
        }
        long blank = station % 3;
        long invalid = station % 2;
        long ballots = allVotes + blank + invalid;
        long proxies = Math.min(station % 5, ballots);

        List<Map<String, String>> sections = new ArrayList<>();
        sections.add(Map.of("B1-1.otherReason", "", "B1-1.ballotsRecounted", ""));
        sections.add(Map.of("B1-2.differenceExplained", "ja", "B1-2.differencePerList", "nee"));
        sections.add(Map.of("A", Long.toString(ballots - proxies), "B", Long.toString(proxies),
                "D", Long.toString(ballots)));
        Map<String, String> votes = new LinkedHashMap<>(listTotals);
        votes.put("E", Long.toString(allVotes));
        votes.put("F", Long.toString(blank));
        votes.put("G", Long.toString(invalid));
        votes.put("H", Long.toString(ballots));
        sections.add(votes);
        sections.add(Map.of("D=H", "true", "H>D", "false", "H<D", "false", "I", "", "J", "",
                "differenceExplained", ""));
        sections.addAll(candidates);
        return sections;
    }
}
