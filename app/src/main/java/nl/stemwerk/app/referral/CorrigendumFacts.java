package nl.stemwerk.app.referral;

import java.time.Instant;
import java.util.List;
import nl.stemwerk.app.committee.AdoptedSession;
import nl.stemwerk.app.committee.Attendance;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * What the proces-verbaal of a later GSB session with its corrigenda holds.
 *
 * @param election         the election
 * @param municipalityName the municipality
 * @param session          the later GSB session, finished
 * @param attendance       members present
 * @param investigations   every investigation of the session with its findings
 * @param corrections      the corrected parts, box by box
 * @param total            the municipal total with the corrections
 * @param auditHeadHash    the audit log's head hash when adopted
 * @param adoptedAt        when
 */
public record CorrigendumFacts(StoredElection election, String municipalityName, CommitteeSession session,
                               List<Attendance> attendance, List<Investigation> investigations,
                               List<CorrectedBox> corrections, PollingStationResults total, String auditHeadHash,
                               Instant adoptedAt) implements AdoptedSession {
    public CorrigendumFacts {
        attendance = List.copyOf(attendance);
        investigations = List.copyOf(investigations);
        corrections = List.copyOf(corrections);
    }

    /** One box of a corrected part: its name on paper, the value before and after the correction. */
    public record CorrectedBox(int stationNumber, String field, String before, String after) {
        private static final java.util.regex.Pattern CANDIDATE = java.util.regex.Pattern
                .compile("list\\.(\\d+)\\.candidate\\.(\\d+)");
        private static final java.util.regex.Pattern LIST_TOTAL = java.util.regex.Pattern
                .compile("list\\.(\\d+)\\.total");

        /** The box as officials call it: {@code A}, {@code E.2}, "lijst 2, kandidaat 5", "totaal lijst 2". */
        public String label() {
            return label(field);
        }

        static String label(String field) {
            java.util.regex.Matcher candidate = CANDIDATE.matcher(field);
            if (candidate.matches()) {
                return "lijst " + candidate.group(1) + ", kandidaat " + candidate.group(2);
            }
            java.util.regex.Matcher total = LIST_TOTAL.matcher(field);
            return total.matches() ? "totaal lijst " + total.group(1) : field;
        }
    }
}
