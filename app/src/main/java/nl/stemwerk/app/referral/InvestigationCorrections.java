package nl.stemwerk.app.referral;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.dataentry.CorrectionTargets;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.entry.EntryModel;
import org.springframework.stereotype.Component;

/** The corrections a later GSB session enters: one per investigation concluded with new results. */
@Component
class InvestigationCorrections implements CorrectionTargets {
    private final InvestigationRepository investigations;
    private final CommitteeSessionService sessions;
    private final ElectionService elections;

    InvestigationCorrections(InvestigationRepository investigations, CommitteeSessionService sessions,
                             ElectionService elections) {
        this.investigations = investigations;
        this.sessions = sessions;
        this.elections = elections;
    }

    @Override
    public List<Correction> of(long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        StoredElection election = elections.get(session.electionId());
        EntryModel model = election.countingMethod().gsbEntryModel();
        return investigations.ofSession(sessionId).stream().filter(Investigation::withNewResults)
                .flatMap(i -> i.addsStation() ? Stream.of(new Correction(i.stationId(), Map.of()))
                        : investigations.earlierDefinitive(i.stationId(), session.number()).stream()
                        .map(earlier -> new Correction(i.stationId(), CorrectedPart.withPartEmpty(earlier.fields(),
                                CorrectedPart.fields(i.correctedParts(), model, election.lists())))))
                .toList();
    }

    @Override
    public Set<Long> addedLater(long electionId) {
        return investigations.addedStations(electionId);
    }
}
