package nl.stemwerk.sortition.quota;

/**
 * Advice to widen one quota so that a panel becomes possible.
 *
 * @param quota  the quota as it is now
 * @param newMin the advised minimum (at most the current one)
 * @param newMax the advised maximum (at least the current one)
 */
public record QuotaWidening(Quota quota, int newMin, int newMax) {
    public QuotaWidening {
        if (newMin > quota.min() || newMax < quota.max() || newMin < 0) {
            throw new IllegalArgumentException("A widening may only lower the minimum and raise the maximum");
        }
    }

    /** By how many places the quota widens in total. */
    public int amount() {
        return quota.min() - newMin + newMax - quota.max();
    }

    /** The advice in plain Dutch, for example "Verlaag het minimum van leeftijd = 16-29 van 5 naar 3 (2 minder)." */
    public String message() {
        StringBuilder text = new StringBuilder();
        if (newMin < quota.min()) {
            text.append("Verlaag het minimum van ").append(quota.label()).append(" van ").append(quota.min())
                    .append(" naar ").append(newMin).append(" (").append(quota.min() - newMin).append(" minder).");
        }
        if (newMax > quota.max()) {
            text.append(text.isEmpty() ? "" : " ").append("Verhoog het maximum van ").append(quota.label())
                    .append(" van ").append(quota.max()).append(" naar ").append(newMax).append(" (")
                    .append(newMax - quota.max()).append(" meer).");
        }
        return text.toString();
    }
}
