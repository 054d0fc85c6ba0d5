package nl.stemwerk.budgeting.preferendum;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question with several options that residents score or rank ("preferendum").
 *
 * @param question  the question as residents read it
 * @param options   the options, at least two, ids unique
 * @param method    how it is counted
 * @param minScore  lowest score for {@link PreferendumMethod#SCORE}, e.g. 0
 * @param maxScore  highest score for {@link PreferendumMethod#SCORE}, e.g. 5
 */
public record Preferendum(String question, List<PreferendumOption> options, PreferendumMethod method, int minScore,
                          int maxScore) {

    public Preferendum {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(method, "method");
        options = List.copyOf(options);
        if (options.size() < 2) {
            throw new PreferendumException(PreferendumException.Code.INVALID_QUESTION,
                    "Een preferendum heeft minstens twee opties.");
        }
        Set<String> ids = new HashSet<>();
        for (PreferendumOption option : options) {
            if (!ids.add(option.id())) {
                throw new PreferendumException(PreferendumException.Code.DUPLICATE_OPTION,
                        "Optie '" + option.id() + "' staat twee keer in de vraag.");
            }
        }
        if (minScore > maxScore) {
            throw new PreferendumException(PreferendumException.Code.INVALID_QUESTION,
                    "Het laagste cijfer (" + minScore + ") is hoger dan het hoogste (" + maxScore + ").");
        }
    }

    /** Residents give each option a score from {@code min} to {@code max}. */
    public static Preferendum scored(String question, List<PreferendumOption> options, int min, int max) {
        return new Preferendum(question, options, PreferendumMethod.SCORE, min, max);
    }

    /** Residents rank the options. */
    public static Preferendum ranked(String question, List<PreferendumOption> options) {
        return new Preferendum(question, options, PreferendumMethod.BORDA, 0, 0);
    }
}
