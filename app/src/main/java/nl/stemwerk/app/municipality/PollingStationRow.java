package nl.stemwerk.app.municipality;

/** A polling station of a municipality as stored (number, name, postcode, type regulier/bijzonder/mobiel). */
public record PollingStationRow(long id, long municipalityId, int number, String name, String postcode, String type) {
}
