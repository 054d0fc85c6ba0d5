package nl.stemwerk.app.referral;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.dataentry.EntrySections;
import nl.stemwerk.app.dataentry.FormSection;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.totalling.Correction;

/**
 * The parts of a proces-verbaal a corrigendum replaces, each named by the key of its section on the entry form:
 * {@code kiezers} (A–D), {@code stemmen} (E.1–E.n, E–H), {@code verschillen} (I, J and the D/H boxes) or
 * {@code lijst-n} (the votes per candidate of list n). A correction names one or more parts; everything else stays as
 * it was.
 */
final class CorrectedPart {
    private CorrectedPart() {
    }

    static boolean isValid(String part, List<PoliticalGroup> lists) {
        return switch (part) {
            case "kiezers", "stemmen", "verschillen" -> true;
            default -> lists.stream().anyMatch(l -> part.equals("lijst-" + l.number()));
        };
    }

    /** Every part of the form: the whole proces-verbaal, as for a station added in a later session. */
    static List<String> all(EntryModel model, List<PoliticalGroup> lists) {
        return EntrySections.of(model, lists).stream().map(FormSection::key).filter(k -> isValid(k, lists)).toList();
    }

    /** The parts in paper order, each once; parts that are not on the form are left out. */
    static List<String> inPaperOrder(Collection<String> parts, EntryModel model, List<PoliticalGroup> lists) {
        return EntrySections.of(model, lists).stream().map(FormSection::key).filter(parts::contains).toList();
    }

    /** The names of the boxes of the parts, in paper order. */
    static List<String> fields(Collection<String> parts, EntryModel model, List<PoliticalGroup> lists) {
        return EntrySections.of(model, lists).stream().filter(s -> parts.contains(s.key()))
                .flatMap(s -> s.fields().stream()).map(FormSection.FormField::name).toList();
    }

    /** The earlier entry with the part's boxes empty: where a correction entry starts. */
    static Map<String, String> withPartEmpty(Map<String, String> earlier, List<String> partFields) {
        Map<String, String> start = new LinkedHashMap<>(earlier);
        partFields.forEach(f -> start.put(f, ""));
        return start;
    }

    /** The boxes outside the part that differ between the earlier and the corrected entry. */
    static List<String> changedOutside(Map<String, String> earlier, Map<String, String> corrected,
                                       List<String> partFields) {
        return corrected.keySet().stream().filter(f -> !partFields.contains(f))
                .filter(f -> !corrected.get(f).equals(earlier.getOrDefault(f, ""))).sorted().toList();
    }

    /** The earlier result with every part replaced by the newly entered one: the corrected proces-verbaal. */
    static PollingStationResults applyAll(List<String> parts, PollingStationResults entered,
                                          PollingStationResults earlier) {
        PollingStationResults whole = earlier;
        for (String part : parts) {
            whole = correction(part, entered).applyTo(whole);
        }
        return whole;
    }

    /** The library's correction record for the part, taken from the newly entered result. */
    static Correction correction(String part, PollingStationResults entered) {
        return switch (part) {
            case "kiezers" -> new Correction.Voters(entered.voters());
            case "stemmen" -> new Correction.Votes(entered.votes());
            case "verschillen" -> new Correction.Differences(entered.differences());
            default -> {
                int list = Integer.parseInt(part.substring("lijst-".length()));
                yield new Correction.ListVotes(entered.candidateVotes().stream()
                        .filter(c -> c.politicalGroupNumber() == list).findFirst().orElseThrow());
            }
        };
    }
}
