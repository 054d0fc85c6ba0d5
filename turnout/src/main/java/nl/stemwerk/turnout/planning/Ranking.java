package nl.stemwerk.turnout.planning;

import java.util.List;

/**
 * Areas in order of where an extra or mobile station is most worth it.
 *
 * @param ranked    scored areas, rank 1 first
 * @param notRanked areas without any usable figure, with the reason
 */
public record Ranking(List<RankedArea> ranked, List<UnrankedArea> notRanked) {
    public Ranking {
        ranked = List.copyOf(ranked);
        notRanked = List.copyOf(notRanked);
    }
}
