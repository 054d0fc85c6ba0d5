package nl.stemwerk.sortition.quota;

import java.util.Objects;

/**
 * How many panel members must have one value of one category ("quotum"): at least {@code min} and at most
 * {@code max}, both inclusive.
 *
 * @param category the feature, for example "leeftijd"
 * @param value    the value of that feature, for example "16-29"
 * @param min      lower quota, 0 or more
 * @param max      upper quota, at least {@code min}
 */
public record Quota(String category, String value, int min, int max) {
    public Quota {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
    }

    /** How users see the quota: {@code leeftijd = 16-29}. */
    public String label() {
        return category + " = " + value;
    }
}
