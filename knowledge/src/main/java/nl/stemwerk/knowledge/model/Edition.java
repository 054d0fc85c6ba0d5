package nl.stemwerk.knowledge.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One election that content applies to, such as {@code GR2026}: an election type and the year it is held.
 * Editions sort by year first; within one year by {@link ElectionType} order, so that sorting is total.
 */
public record Edition(ElectionType type, int year) implements Comparable<Edition> {

    private static final Pattern CODE = Pattern.compile("(GR|TK|PS|AB|EP|EK)(\\d{4})");
    private static final Comparator<Edition> ORDER =
            Comparator.comparingInt(Edition::year).thenComparing(Edition::type);

    public Edition {
        Objects.requireNonNull(type, "type");
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Het jaar " + year + " is geen geldig verkiezingsjaar.");
        }
    }

    /** Reads a code like {@code GR2026}; empty when the text is not such a code. */
    public static Optional<Edition> parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Edition(ElectionType.valueOf(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** The code as written in file names and front matter, e.g. {@code GR2026}. */
    public String code() {
        return type.name() + year;
    }

    @Override
    public int compareTo(Edition other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return code();
    }
}
