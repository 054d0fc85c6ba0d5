package nl.stemwerk.app.turnout.store;

import java.util.Objects;
import nl.stemwerk.turnout.station.StationList;

/**
 * A station list as stored.
 *
 * @param importId the import
 * @param fileName the file it was read from
 * @param stations the stations, as the turnout library reads them
 */
public record StoredStations(long importId, String fileName, StationList stations) {
    public StoredStations {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(stations, "stations");
    }
}
