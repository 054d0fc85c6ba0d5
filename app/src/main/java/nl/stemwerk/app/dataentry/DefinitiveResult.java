package nl.stemwerk.app.dataentry;

import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.totalling.StationResults;

/**
 * A proces-verbaal both typists entered the same: the result of a polling station (or, at the CSB, of the GSB).
 *
 * @param dataEntryId   the data entry
 * @param stationNumber the station's number, 0 for the CSB's entry of the GSB result
 * @param stationName   the station's name, empty for the CSB's entry
 * @param entry         what both typists entered
 */
public record DefinitiveResult(long dataEntryId, int stationNumber, String stationName, ReportEntry entry) {
    /** The result as counts, for totals, the proces-verbaal and EML. */
    public PollingStationResults results() {
        return StationResults.of(stationNumber, entry);
    }
}
