package nl.stemwerk.turnout.figures;

import java.util.Objects;

/**
 * The number of eligible voters of a municipality and where it came from.
 *
 * @param count  persons
 * @param source count file or CBS estimate
 */
public record EligibleVoters(long count, EligibleVotersSource source) {
    public EligibleVoters {
        if (count <= 0) {
            throw new IllegalArgumentException("count must be > 0");
        }
        Objects.requireNonNull(source, "source");
    }
}
