package nl.stemwerk.app.budget.votingcode;

/** How a ballot came in. Paper ballots are entered by staff and marked as such in every export. */
public enum Channel {
    ONLINE("internet"),
    PAPER("paper");

    private final String pbName;

    Channel(String pbName) {
        this.pbName = pbName;
    }

    /** The value of the {@code voting_method} column in .pb files (as in pabulib's Warsaw files). */
    public String pbName() {
        return pbName;
    }
}
