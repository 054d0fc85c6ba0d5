package nl.stemwerk.app.budget.counting;

/**
 * The stored count computed again from the stored ballots, rule id and lot.
 *
 * @param sameInput   the ballots and projects give the same .pb input (same SHA-256) as when counted
 * @param sameWinners the rule picks the same winners in the same order
 * @param message     what it means, in Dutch
 */
public record Recount(boolean sameInput, boolean sameWinners, String message) {
    public boolean confirms() {
        return sameInput && sameWinners;
    }
}
