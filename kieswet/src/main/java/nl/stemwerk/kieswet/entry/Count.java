package nl.stemwerk.kieswet.entry;

/**
 * A number box on the proces-verbaal as typed: empty (nothing typed) is not the same as 0.
 *
 * @param value   the number typed; 0 when empty
 * @param entered whether anything was typed
 */
public record Count(long value, boolean entered) {
    public static final Count EMPTY = new Count(0, false);

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("Een aantal kan niet negatief zijn: " + value);
        }
        if (!entered && value != 0) {
            throw new IllegalArgumentException("Een leeg vak heeft geen waarde");
        }
    }

    public static Count of(long value) {
        return new Count(value, true);
    }

    public boolean isEmpty() {
        return !entered;
    }

    /** Empty or 0, as the rules "is leeg of 0" read. */
    public boolean isEmptyOrZero() {
        return value == 0;
    }

    /** The value for arithmetic, where an empty box counts as 0. */
    public long orZero() {
        return value;
    }

    @Override
    public String toString() {
        return entered ? Long.toString(value) : "";
    }
}
