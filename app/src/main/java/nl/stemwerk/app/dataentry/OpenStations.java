package nl.stemwerk.app.dataentry;

import java.util.List;

/**
 * One page of the processen-verbaal a typist can start or go on with: first those the typist is entering now, then
 * the others in station order.
 *
 * @param page     the page number, from 1
 * @param more     whether a next page has more
 * @param search   the search as typed (empty for none)
 * @param stations this page's stations
 */
public record OpenStations(int page, boolean more, String search, List<StationProgress> stations) {
    public OpenStations {
        stations = List.copyOf(stations);
    }
}
