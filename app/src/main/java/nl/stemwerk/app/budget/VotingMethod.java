package nl.stemwerk.app.budget;

/** How residents fill in the ballot of a burgerbegroting. Both give approval ballots to the rule. */
public enum VotingMethod {
    /** Residents tick between a minimum and a maximum number of projects ("projecten aanvinken"). */
    APPROVAL,
    /** Residents choose projects that together cost at most the budget ("binnen het budget kiezen"). */
    KNAPSACK
}
