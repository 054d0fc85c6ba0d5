package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionSummary;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import org.springframework.stereotype.Component;

/** The sessions a typist enters for now: assigned to them, with data entry running or paused. */
@Component
class TypingSessions {
    private final ElectionService elections;
    private final CommitteeSessionService sessions;

    TypingSessions(ElectionService elections, CommitteeSessionService sessions) {
        this.elections = elections;
        this.sessions = sessions;
    }

    /** A session with its election. */
    record Entry(ElectionSummary election, CommitteeSession session) {
        boolean paused() {
            return session.status() == CommitteeSessionStatus.PAUSED;
        }
    }

    List<Entry> of(String typist) {
        List<Entry> open = new ArrayList<>();
        for (ElectionSummary election : elections.list()) {
            for (CommitteeSession session : sessions.ofElection(election.id())) {
                if (session.hasTypist(typist) && (session.status() == CommitteeSessionStatus.DATA_ENTRY
                        || session.status() == CommitteeSessionStatus.PAUSED)) {
                    open.add(new Entry(election, session));
                }
            }
        }
        return open;
    }
}
