package nl.stemwerk.app.referral;

import java.util.List;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.committee.GsbSessionService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.PaperReports;
import nl.stemwerk.app.support.TestElections;

/**
 * A fresh copy of the demo election (West Maas en Waal 2022, central counting) with the given real polling stations,
 * their real counts entered twice and the GSB's first session finished: where every referral starts.
 *
 * @param identifier the election's identifier
 * @param electionId the election
 * @param firstGsb   the GSB's first session, finished
 * @param csb        the CSB's session
 */
record FirstSession(String identifier, long electionId, long firstGsb, long csb) {

    static FirstSession adopted(ElectionService elections, CommitteeSessionService sessions, DataEntryService dataEntry,
                                GsbSessionService gsbSessions, String prefix, int... stations) {
        String identifier = TestElections.identifier(prefix);
        long electionId = elections.store(TestElections.demoCopy(elections, identifier), CountingMethod.CSO,
                TestElections.stations(stations));
        CommitteeSession gsb = sessions.latest(electionId, Committee.GSB);
        gsb = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        long firstGsb = sessions.startDataEntry(gsb.id(), gsb.version()).id();
        for (int station : stations) {
            EnterTwice.definitive(dataEntry, firstGsb, station, PaperReports.westMaasEnWaal(station));
        }
        gsbSessions.finish(firstGsb, sessions.find(firstGsb).version());
        return new FirstSession(identifier, electionId, firstGsb, sessions.latest(electionId, Committee.CSB).id());
    }
}
