package nl.stemwerk.budgeting.preferendum;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One resident's answer to a preferendum. */
public sealed interface PreferendumBallot {

    String voterId();

    /**
     * A score for every option ("cijfer per optie").
     *
     * @param voterId pseudonymous id, unique within the preferendum
     * @param scores  option id → score on the preferendum's scale
     */
    record Scores(String voterId, Map<String, Integer> scores) implements PreferendumBallot {
        public Scores {
            Objects.requireNonNull(voterId, "voterId");
            scores = Map.copyOf(scores);
        }
    }

    /**
     * Options in order of preference, best first ("volgorde"); options left out are ranked below all others.
     *
     * @param voterId pseudonymous id, unique within the preferendum
     * @param ranking option ids, best first
     */
    record Ranking(String voterId, List<String> ranking) implements PreferendumBallot {
        public Ranking {
            Objects.requireNonNull(voterId, "voterId");
            ranking = List.copyOf(ranking);
        }
    }
}
