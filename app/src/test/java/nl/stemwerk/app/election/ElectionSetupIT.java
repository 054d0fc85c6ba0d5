package nl.stemwerk.app.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing an election with its stations and sessions, and setting up the sessions, on the real database. */
@StemwerkSpringTest
class ElectionSetupIT {
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoElectionIsWestMaasEnWaal2022WithItsRealListsCandidatesAndStations() {
        StoredElection demo = elections.get(idOf("GR2022_WestMaasenWaal"));

        assertThat(demo.election().numberOfSeats()).isEqualTo(17);
        assertThat(demo.lists()).extracting(l -> l.candidates().size()).containsExactly(48, 28, 36, 44, 29, 20, 18, 28);
        assertThat(demo.candidate(1, 3).orElseThrow().displayName()).isEqualTo("Dreumel, C.G.H.M. van (Cees)");
        assertThat(demo.stations()).hasSize(21);
        assertThat(demo.station(1).orElseThrow().name()).isEqualTo("Dorpshuis De Hucht");
        assertThat(demo.station(1).orElseThrow().voters()).isEqualTo(1415L);
        CommitteeSession gsb = sessions.latest(demo.id(), Committee.GSB);
        assertThat(gsb.status()).isEqualTo(CommitteeSessionStatus.IN_PREPARATION);
        assertThat(gsb.typists()).containsExactly("invoerder1", "invoerder2");
        assertThat(gsb.date()).isEqualTo(LocalDate.of(2022, 3, 17));
    }

    @Test
    void storingAnElectionStoresItsListsStationsAndFirstSessionsWithOneAuditRow() {
        String identifier = TestElections.identifier("GR2026_SETUP");
        long id = elections.store(TestElections.election(identifier, 9, 3, 2), CountingMethod.DSO,
                TestElections.stations(1, 2, 3));

        StoredElection stored = elections.get(id);
        assertThat(stored.countingMethod()).isEqualTo(CountingMethod.DSO);
        assertThat(stored.lists()).extracting(l -> l.candidates().size()).containsExactly(3, 2);
        assertThat(stored.stations()).extracting(ElectionStation::number).containsExactly(1, 2, 3);
        assertThat(sessions.ofElection(id)).extracting(CommitteeSession::committee, CommitteeSession::number,
                CommitteeSession::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Committee.GSB, 1, CommitteeSessionStatus.IN_PREPARATION),
                org.assertj.core.groups.Tuple.tuple(Committee.CSB, 1, CommitteeSessionStatus.IN_PREPARATION));
        assertThat(auditRows("verkiezing.aangemaakt", "verkiezing:" + identifier)).isEqualTo(1);
    }

    @Test
    void aStationTheMunicipalityDoesNotHaveYetIsAddedToItAndLinked() {
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_NEWSTATION"), 9, 2),
                CountingMethod.CSO, TestElections.stations(1, 987));

        ElectionStation added = elections.get(id).station(987).orElseThrow();
        assertThat(jdbc.sql("select number from polling_station where id = ?").param(added.pollingStationId())
                .query(Integer.class).single()).isEqualTo(987);
        assertThat(auditRows("stembureau.toegevoegd", "stembureau:GM0668-987")).isEqualTo(1);
    }

    @Test
    void anElectionOfAnotherMunicipalityOrWithAnExistingIdentifierStoresNothing() {
        long before = count("election");
        long auditBefore = count("audit_log");

        assertThatThrownBy(() -> elections.store(TestElections.election(TestElections.identifier("GR2026_ELSEWHERE"),
                "0344", 9, 2), CountingMethod.CSO, TestElections.stations(1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("Deze verkiezing is van gemeente 0344");
        assertThatThrownBy(() -> elections.store(TestElections.election("GR2022_WestMaasenWaal", 17, 2),
                CountingMethod.CSO, TestElections.stations(1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("De verkiezing GR2022_WestMaasenWaal staat al in Stemwerk.");
        assertThat(count("election")).isEqualTo(before);
        assertThat(count("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void aSessionChangeMadeOnAnOlderVersionIsRefusedSoNoChangeIsLost() {
        CommitteeSession gsb = firstGsbSession();

        sessions.changeDetails(gsb.id(), gsb.version(), "Raadzaal", LocalDate.of(2026, 3, 19), LocalTime.of(9, 0));

        assertThatThrownBy(() -> sessions.changeDetails(gsb.id(), gsb.version(), "Sporthal", LocalDate.of(2026, 3, 19),
                LocalTime.of(10, 0))).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(sessions.find(gsb.id()).location()).isEqualTo("Raadzaal");
        assertThat(jdbc.sql("select count(*) from committee_session_state where session_id = ?").param(gsb.id())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void typistsMustBeActiveInvoerdersAndAtLeastTwoBeforeDataEntryStarts() {
        CommitteeSession gsb = firstGsbSession();

        assertThatThrownBy(() -> sessions.startDataEntry(gsb.id(), gsb.version()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("minstens twee invoerders");
        assertThatThrownBy(() -> sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "coordinator")))
                .isInstanceOf(InvalidInput.class).hasMessage("Geen invoerder: coordinator. Kies alleen actieve"
                        + " gebruikers met de rol invoerder.");
        assertThatThrownBy(() -> sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("minstens twee");
        CommitteeSession assigned = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder2", "invoerder1"));
        assertThat(assigned.typists()).containsExactly("invoerder1", "invoerder2");
        assertThat(sessions.startDataEntry(gsb.id(), assigned.version()).status())
                .isEqualTo(CommitteeSessionStatus.DATA_ENTRY);
    }

    @Test
    void theCountingMethodCanChangeOnlyUntilDataEntryStarts() {
        CommitteeSession gsb = firstGsbSession();
        long id = gsb.electionId();

        elections.changeCountingMethod(id, CountingMethod.DSO);
        assertThat(elections.get(id).countingMethod()).isEqualTo(CountingMethod.DSO);
        CommitteeSession assigned = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        sessions.startDataEntry(gsb.id(), assigned.version());

        assertThatThrownBy(() -> elections.changeCountingMethod(id, CountingMethod.CSO))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("De invoer is al begonnen.");
        assertThat(elections.get(id).countingMethod()).isEqualTo(CountingMethod.DSO);
    }

    @Test
    void theHistoryOfASessionCannotBeChangedInTheDatabase() {
        CommitteeSession gsb = firstGsbSession();

        assertThatThrownBy(() -> jdbc.sql("update committee_session_state set location = 'x' where session_id = ?")
                .param(gsb.id()).update()).rootCause().hasMessageContaining("committee_session_state is append-only");
    }

    private CommitteeSession firstGsbSession() {
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_SESSION"), 9, 2, 2),
                CountingMethod.CSO, TestElections.stations(1, 2));
        return sessions.latest(id, Committee.GSB);
    }

    private long idOf(String identifier) {
        return elections.list().stream().filter(e -> e.identifier().equals(identifier)).findFirst().orElseThrow().id();
    }

    private long auditRows(String action, String subject) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject = ?").params(action, subject)
                .query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
