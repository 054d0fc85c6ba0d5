package nl.stemwerk.app.election;

import nl.stemwerk.kieswet.election.PollingStationType;

/**
 * A polling station as it takes part in one election.
 *
 * @param id               row id in {@code election_station}
 * @param pollingStationId the municipality's station with the same number
 * @param number           the number on the proces-verbaal
 * @param name             the name
 * @param postcode         the postcode of the municipality's station, may be empty
 * @param type             regular, special or mobile
 * @param voters           voters called to the station, or {@code null} when not known
 */
public record ElectionStation(long id, long pollingStationId, int number, String name, String postcode,
                              PollingStationType type, Long voters) {
}
