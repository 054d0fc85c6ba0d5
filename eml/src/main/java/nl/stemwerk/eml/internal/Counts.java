package nl.stemwerk.eml.internal;

/** Strict reading of counts as EML writes them (xs:nonNegativeInteger), without exceptions for bad input. */
final class Counts {
    private static final int SHOWN_CHARACTERS = 40;

    private Counts() {
    }

    /** The value of a count, or -1 when the text is not a count that fits in a long. */
    static long parse(String text) {
        int start = text.startsWith("+") ? 1 : 0;
        if (start == text.length()) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            if (value > (Long.MAX_VALUE - (c - '0')) / 10) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A value as it may be quoted in a message: not longer than a line. */
    static String shorten(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "…";
    }
}
