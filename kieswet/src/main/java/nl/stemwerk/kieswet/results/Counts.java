package nl.stemwerk.kieswet.results;

final class Counts {
    private Counts() {
    }

    static void requireNonNegative(String field, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Veld " + field + " kan niet negatief zijn: " + value);
        }
    }
}
