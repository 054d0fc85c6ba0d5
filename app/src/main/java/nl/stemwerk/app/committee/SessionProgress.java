package nl.stemwerk.app.committee;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.dataentry.StationProgress;

/**
 * The progress of a session's data entry: how many processen-verbaal are in each group, and those that match a
 * filter (and, when given, a station number or part of a name).
 *
 * @param counts   the number per group
 * @param shown    the stations that match
 * @param filter   the filter applied
 * @param search   the search text applied (empty for none)
 */
public record SessionProgress(Map<ProgressFilter, Long> counts, List<StationProgress> shown, ProgressFilter filter,
                              String search) {

    public static SessionProgress of(List<StationProgress> all, ProgressFilter filter, String search) {
        Map<ProgressFilter, Long> counts = new EnumMap<>(ProgressFilter.class);
        for (ProgressFilter group : ProgressFilter.values()) {
            counts.put(group, all.stream().filter(group::matches).count());
        }
        String text = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
        List<StationProgress> shown = all.stream().filter(filter::matches)
                .filter(p -> text.isEmpty() || Integer.toString(p.number()).equals(text)
                        || p.name().toLowerCase(java.util.Locale.ROOT).contains(text))
                .toList();
        return new SessionProgress(counts, shown, filter, text);
    }

    public long count(ProgressFilter group) {
        return counts.getOrDefault(group, 0L);
    }

    /** The share of definitive processen-verbaal, in whole percents (rounded down, so 100 means all). */
    public long percentDefinitive() {
        long all = count(ProgressFilter.ALL);
        return all == 0 ? 0 : count(ProgressFilter.DEFINITIVE) * 100 / all;
    }

    public List<ProgressFilter> groups() {
        return List.of(ProgressFilter.values());
    }
}
