package nl.stemwerk.knowledge.relevance;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.KnowledgeIndex;
import nl.stemwerk.knowledge.search.SearchHit;
import nl.stemwerk.knowledge.search.SearchRequest;

/** Runs every query of a relevance set against an index and scores where the expected item lands. */
public final class RelevanceEvaluator {

    /** Ranks below this are not looked at: an answer on the second page is as good as lost. */
    public static final int DEPTH = 10;

    private RelevanceEvaluator() {
    }

    /**
     * @param knownIds tells which ids exist in the content, so a mistyped id in the set shows as such
     */
    public static RelevanceReport evaluate(KnowledgeIndex index, List<RelevanceCase> cases,
                                           Predicate<String> knownIds) {
        List<RelevanceReport.Outcome> outcomes = cases.stream().map(c -> outcome(index, c, knownIds)).toList();
        double hits = outcomes.stream().filter(RelevanceReport.Outcome::inTop3).count();
        double reciprocal = outcomes.stream().mapToDouble(o -> o.rank().map(r -> 1.0 / r).orElse(0.0)).sum();
        int n = Math.max(outcomes.size(), 1);
        return new RelevanceReport(outcomes, hits / n, reciprocal / n);
    }

    private static RelevanceReport.Outcome outcome(KnowledgeIndex index, RelevanceCase c, Predicate<String> knownIds) {
        List<SearchHit> hits = index.search(SearchRequest.of(c.query()).page(0, DEPTH)).hits().stream()
                .filter(hit -> hit.kind() != DocumentKind.DESK_ANSWER)
                .toList();
        Optional<Integer> rank = Optional.empty();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).id().equals(c.expectedId())) {
                rank = Optional.of(i + 1);
                break;
            }
        }
        Optional<SearchHit> first = hits.stream().findFirst();
        return new RelevanceReport.Outcome(c, rank, first.map(SearchHit::id), first.map(SearchHit::title),
                knownIds.test(c.expectedId()));
    }
}
