package nl.stemwerk.app.election.importedcount;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.stemwerk.app.election.emlfile.StoredEmlFile;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * A count read from an EML 510b and kept apart from the counts typists enter ("ingelezen telling"). By Kieswet art.
 * P 20a an imported count may be compared with the entered count, never replace it.
 *
 * @param id         row id
 * @param electionId the election
 * @param file       the 510b as imported, with its SHA-256
 * @param source     "upload", or the demo data set
 * @param importedBy who imported it
 * @param importedAt when
 * @param total      the file's totals for the whole municipality (station number 0)
 * @param stations   the figures per polling station, in station-number order
 * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&afdeling=II&hoofdstuk=P&artikel=P20a&z=2026-01-01&g=2026-01-01">Kieswet art. P 20a</a>
 */
public record ImportedCount(long id, long electionId, StoredEmlFile file, String source, String importedBy,
                            Instant importedAt, Figures total, List<Figures> stations) {
    public ImportedCount {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(total, "total");
        stations = List.copyOf(stations);
    }

    /** The results per polling station in the kieswet model, e.g. to compare with the entered counts. */
    public List<PollingStationResults> stationResults() {
        return stations.stream().map(Figures::results).toList();
    }

    /**
     * The figures of one polling station (or of the total).
     *
     * @param stationNumber   the station number; 0 for the total
     * @param reportingUnitId the unit's id in the file, e.g. "0668::SB1"; "" for the total
     * @param name            the unit's name in the file
     * @param eligibleVoters  {@code Cast}: voters called to the station; 0 when the file does not know
     * @param results         fields A to J and the votes per list and candidate
     * @param explanations    the file's other reason codes ("geen verklaring", …) with their counts
     */
    public record Figures(int stationNumber, String reportingUnitId, String name, long eligibleVoters,
                          PollingStationResults results, Map<String, Long> explanations) {
        public Figures {
            Objects.requireNonNull(results, "results");
            explanations = Map.copyOf(explanations);
        }
    }
}
