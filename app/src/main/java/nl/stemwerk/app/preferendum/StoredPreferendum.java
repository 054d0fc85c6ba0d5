package nl.stemwerk.app.preferendum;

import java.util.List;
import nl.stemwerk.budgeting.preferendum.Preferendum;
import nl.stemwerk.budgeting.preferendum.PreferendumOption;

/**
 * A preferendum as stored: residents give every option a score from {@code minScore} to {@code maxScore}.
 *
 * @param options option ids are the stored codes ("1", "2", …)
 */
public record StoredPreferendum(long id, String question, String description, int minScore, int maxScore,
                                PreferendumStatus status, int version, List<PreferendumOption> options) {

    public StoredPreferendum {
        options = List.copyOf(options);
    }

    /** The library's question, for counting. */
    public Preferendum toPreferendum() {
        return Preferendum.scored(question, options, minScore, maxScore);
    }

    /** The scores a resident can give, lowest first. */
    public List<Integer> scale() {
        return java.util.stream.IntStream.rangeClosed(minScore, maxScore).boxed().toList();
    }
}
