package nl.stemwerk.budgeting.rule;

import nl.stemwerk.budgeting.money.Fraction;

/**
 * The money each voter had to spend in the Method of Equal Shares, in cents.
 *
 * @param startPerVoter the first endowment: budget / voters, or its floor in whole units
 * @param finalPerVoter the endowment of the run whose outcome was kept
 * @param increments    how many Add1 steps of one unit were taken
 * @param voters        the number of voters
 */
public record Endowment(Fraction startPerVoter, Fraction finalPerVoter, long increments, long voters) {
}
