package nl.stemwerk.knowledge.relevance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a relevance evaluation.
 *
 * @param hitAt3 share of queries whose expected item is in the top 3
 * @param mrr    mean reciprocal rank: the average of 1/rank of the expected item (0 when not in the top 10)
 */
public record RelevanceReport(List<Outcome> outcomes, double hitAt3, double mrr) {

    /**
     * What one query gave.
     *
     * @param rank       the place of the expected item (1 is first); empty when not in the top 10
     * @param firstId    the id of the first hit; empty when nothing was found
     * @param firstTitle the title of the first hit
     * @param knownId    whether the expected id exists in the content at all
     */
    public record Outcome(RelevanceCase relevanceCase, Optional<Integer> rank, Optional<String> firstId,
                          Optional<String> firstTitle, boolean knownId) {

        public boolean inTop3() {
            return rank.map(r -> r <= 3).orElse(false);
        }
    }

    public RelevanceReport {
        outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> misses() {
        return outcomes.stream().filter(o -> !o.inTop3()).toList();
    }

    /** A short report in Dutch for editors: the scores, then every miss with what came first. */
    public String toText() {
        String header = String.format(Locale.ROOT, "%d zoekvragen: hit@3 = %.3f, MRR = %.3f, gemist: %d",
                outcomes.size(), hitAt3, mrr, misses().size());
        String misses = misses().stream().map(o -> String.format(Locale.ROOT,
                        "- regel %d \"%s\": verwacht %s%s; eerste: %s",
                        o.relevanceCase().line(), o.relevanceCase().query(), o.relevanceCase().expectedId(),
                        o.knownId() ? o.rank().map(r -> " (op plaats " + r + ")").orElse(" (niet in de top 10)")
                                : " (dit id bestaat niet)",
                        o.firstId().map(id -> id + " \u2013 " + o.firstTitle().orElse("")).orElse("niets gevonden")))
                .collect(Collectors.joining("\n"));
        return misses.isEmpty() ? header : header + "\n" + misses;
    }
}
