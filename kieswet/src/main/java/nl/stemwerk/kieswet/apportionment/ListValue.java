package nl.stemwerk.kieswet.apportionment;

/**
 * A list with the number that ranked it in a step: a remainder ("overschot") or an average ("gemiddelde").
 *
 * @param listNumber list number
 * @param value      the exact remainder or average
 */
public record ListValue(int listNumber, Fraction value) {
}
