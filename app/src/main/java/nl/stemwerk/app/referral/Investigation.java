package nl.stemwerk.app.referral;

import java.time.Instant;
import java.util.List;
import nl.stemwerk.kieswet.committee.InvestigationStatus;

/**
 * An investigation (onderzoek) of one polling station's result as it stands now: ordered by the CSB with a reason,
 * done by the GSB in a later session.
 *
 * @param id             the investigation
 * @param stationId      the election's station
 * @param stationNumber  its number
 * @param gsbSessionId   the later GSB session that does it
 * @param reason         why the CSB ordered it
 * @param version        version of its state now; a change must name it
 * @param status         where it stands ({@link InvestigationStatus})
 * @param findings       what the GSB found, empty until concluded
 * @param recounted      whether the ballots were counted again, {@code null} until concluded
 * @param correctedParts the sections of the form that are corrected (kiezers, stemmen, verschillen, lijst-n) in
 *                       paper order; empty when there are no new results
 * @param orderedBy      who recorded the order
 * @param orderedAt      when
 * @param addsStation    whether the CSB ordered the station added in this session: its proces-verbaal is entered
 *                       in full, there is no earlier result
 */
public record Investigation(long id, long stationId, int stationNumber, long gsbSessionId, String reason, int version,
                            InvestigationStatus status, String findings, Boolean recounted, List<String> correctedParts,
                            String orderedBy, Instant orderedAt, boolean addsStation) {
    public Investigation {
        correctedParts = List.copyOf(correctedParts);
    }

    public boolean withNewResults() {
        return status == InvestigationStatus.CONCLUDED_WITH_NEW_RESULTS;
    }
}
