package nl.stemwerk.app.dataentry;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processen-verbaal a later GSB session enters: the corrections of the stations whose investigation concluded
 * with new results. Each starts from the earlier definitive entry with only the corrected part left empty, so the
 * typists enter that part and the whole is checked as one proces-verbaal.
 */
public interface CorrectionTargets {

    /**
     * One correction to enter.
     *
     * @param stationId the station
     * @param start     the boxes the entry starts with (the earlier definitive entry, the corrected part empty)
     */
    record Correction(long stationId, Map<String, String> start) {
        public Correction {
            start = Map.copyOf(start);
        }
    }

    List<Correction> of(long sessionId);

    /** The stations of the election added in a later session: not part of the first session's entries. */
    Set<Long> addedLater(long electionId);
}
