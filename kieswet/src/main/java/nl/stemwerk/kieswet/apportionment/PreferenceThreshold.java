package nl.stemwerk.kieswet.apportionment;

import java.util.Objects;

/**
 * The preference threshold ("voorkeurdrempel", art. P 15): a candidate with more votes than this is elected on
 * their own votes, when the list has seats enough.
 *
 * @param percentage 25 (19 seats or more) or 50 (fewer than 19 seats) percent of the quota
 * @param votes      the threshold in votes, exactly
 */
public record PreferenceThreshold(int percentage, Fraction votes) {
    public PreferenceThreshold {
        Objects.requireNonNull(votes, "votes");
    }
}
