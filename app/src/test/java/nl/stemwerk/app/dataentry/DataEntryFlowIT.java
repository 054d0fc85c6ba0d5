package nl.stemwerk.app.dataentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Double entry on the real database: claims, saves, finalising, the coordinator's decisions, concurrency. */
@StemwerkSpringTest
class DataEntryFlowIT {
    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    DataEntryService dataEntry;
    @Autowired
    JdbcClient jdbc;

    long session;

    @BeforeEach
    void electionWithDataEntryStarted() {
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_ENTRY"), 9, 3, 2),
                CountingMethod.CSO, TestElections.stations(1, 2, 3, 4, 5, 6));
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        gsb = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2"));
        session = sessions.startDataEntry(gsb.id(), gsb.version()).id();
    }

    @Test
    void twoEqualEntriesByTwoTypistsBecomeDefinitive() {
        DataEntryContext first = enter(1, "invoerder1", SmallCount.valid());
        assertThat(first.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_FINALISED);

        DataEntryContext second = enter(1, "invoerder2", SmallCount.valid());

        assertThat(second.record().status().name()).isEqualTo(DataEntryStatusName.DEFINITIVE);
        assertThat(EntryChecks.check(second.record().result().orElseThrow()).hasErrors()).isFalse();
        assertThat(dataEntry.progress(session)).filteredOn(p -> p.number() == 1).singleElement()
                .satisfies(p -> assertThat(p.definitive()).isTrue());
    }

    @Test
    void theSecondEntryMustBeTypedBySomeoneElse() {
        enter(1, "invoerder1", SmallCount.valid());

        assertThatThrownBy(() -> dataEntry.claim(session, 1, version(1), "invoerder1"))
                .isInstanceOfSatisfying(DataEntryRefused.class, e -> assertThat(e.code())
                        .isEqualTo("SECOND_ENTRY_NEEDS_DIFFERENT_TYPIST"))
                .hasMessageContaining("De tweede invoer moet door een andere invoerder worden gedaan");
    }

    @Test
    void differentEntriesGoToTheCoordinatorWhoKeepsOneAndANewSecondEntryDecides() {
        enter(2, "invoerder1", SmallCount.valid());
        DataEntryContext different = enter(2, "invoerder2", SmallCount.with("list.2.candidate.2", "8",
                "list.2.total", "38", "E.2", "38", "E", "98", "G", "0"));
        assertThat(different.record().status().name()).isEqualTo(DataEntryStatusName.ENTRIES_DIFFERENT);

        DataEntryContext kept = dataEntry.resolve(different.record().dataEntryId(), different.record().version(),
                Resolution.KEEP_FIRST);
        assertThat(kept.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_FINALISED);
        assertThat(kept.record().first().orElseThrow().id()).isEqualTo(different.record().first().orElseThrow().id());

        assertThat(enter(2, "invoerder2", SmallCount.valid()).record().status().name())
                .isEqualTo(DataEntryStatusName.DEFINITIVE);
    }

    @Test
    void anEntryWithErrorsWaitsForTheCoordinatorWhoSendsItBackToItsTypist() {
        DataEntryContext withErrors = enter(3, "invoerder1", SmallCount.with("D", "99"));
        assertThat(withErrors.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS);

        DataEntryContext resumed = dataEntry.resolve(withErrors.record().dataEntryId(), withErrors.record().version(),
                Resolution.RESUME_FIRST);
        assertThat(resumed.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS);
        DataEntryContext corrected = dataEntry.save(resumed.record().dataEntryId(), resumed.record().version(),
                "invoerder1", java.util.Map.of("D", "100"), "kiezers");
        assertThat(dataEntry.finalise(corrected.record().dataEntryId(), corrected.record().version(), "invoerder1")
                .record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_FINALISED);
    }

    @Test
    void savingASectionKeepsTheOtherBoxesAndEverySaveIsANewRow() {
        DataEntryContext claimed = dataEntry.claim(session, 4, 0, "invoerder1");
        long id = claimed.record().dataEntryId();
        DataEntryContext voters = dataEntry.save(id, claimed.record().version(), "invoerder1",
                java.util.Map.of("A", "90", "B", "10", "D", "100"), "kiezers");
        DataEntryContext votes = dataEntry.save(id, voters.record().version(), "invoerder1",
                java.util.Map.of("H", "100"), "stemmen");

        assertThat(votes.record().first().orElseThrow().entry().voters().totalAdmitted().orZero()).isEqualTo(100);
        assertThat(votes.record().first().orElseThrow().lastSection()).isEqualTo("stemmen");
        assertThat(rows("report_entry", id)).isEqualTo(3);
        assertThat(rows("data_entry_state", id)).isEqualTo(3);
        assertThatThrownBy(() -> jdbc.sql("update report_entry set typist = 'x' where data_entry_id = ?").param(id)
                .update()).rootCause().hasMessageContaining("report_entry is append-only");
    }

    @Test
    void lettersInANumberBoxAreRefusedAndNothingIsStored() {
        DataEntryContext claimed = dataEntry.claim(session, 4, 0, "invoerder1");

        assertThatThrownBy(() -> dataEntry.save(claimed.record().dataEntryId(), claimed.record().version(),
                "invoerder1", java.util.Map.of("A", "9O"), "kiezers"))
                .hasMessage("Vak A: typ alleen cijfers. U typte '9O'.");
        assertThat(rows("data_entry_state", claimed.record().dataEntryId())).isEqualTo(1);
    }

    @Test
    void aTypistWhoIsNotAssignedOrASessionThatIsPausedRefusesEntries() {
        assertThatThrownBy(() -> dataEntry.claim(session, 5, 0, "coordinator"))
                .isInstanceOfSatisfying(DataEntryRefused.class, e -> assertThat(e.code()).isEqualTo("NOT_ASSIGNED"));
        CommitteeSession current = sessions.find(session);
        sessions.pauseDataEntry(session, current.version());

        assertThatThrownBy(() -> dataEntry.claim(session, 5, 0, "invoerder1"))
                .hasMessageContaining("De invoer is gepauzeerd door de coördinator.");
    }

    @Test
    void twoTypistsClaimingTheSameStationAtTheSameMomentOneWinsTheOtherIsToldWhy() throws Exception {
        for (int round = 0; round < 5; round++) {
            sessions.find(session);
            long electionId = sessions.find(session).electionId();
            int station = 6;
            if (round > 0) {
                DataEntryContext ctx = dataEntry.context(dataEntry.progress(session).stream()
                        .filter(p -> p.number() == station).findFirst().orElseThrow().dataEntryId());
                dataEntry.resolve(ctx.record().dataEntryId(), ctx.record().version(), Resolution.RESET);
            }
            int version = version(station);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<DataEntryContext>> claims = new ArrayList<>();
            for (String typist : List.of("invoerder1", "invoerder2")) {
                Callable<DataEntryContext> claim = () -> {
                    start.await();
                    return dataEntry.claim(session, station, version, typist);
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int won = 0;
            List<Throwable> lost = new ArrayList<>();
            for (Future<DataEntryContext> claim : claims) {
                try {
                    claim.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add(e.getCause());
                }
            }
            pool.shutdown();
            assertThat(won).as("round " + round + ", election " + electionId).isEqualTo(1);
            assertThat(lost).singleElement().isInstanceOfAny(OptimisticLockingFailureException.class,
                    DataEntryRefused.class);
            assertThat(dataEntry.progress(session)).filteredOn(p -> p.number() == station).singleElement()
                    .satisfies(p -> assertThat(p.status()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS));
        }
    }

    private DataEntryContext enter(int station, String typist, java.util.Map<String, String> values) {
        DataEntryContext claimed = dataEntry.claim(session, station, version(station), typist);
        DataEntryContext saved = dataEntry.save(claimed.record().dataEntryId(), claimed.record().version(), typist,
                values, "lijst-2");
        return dataEntry.finalise(saved.record().dataEntryId(), saved.record().version(), typist);
    }

    private int version(int station) {
        return dataEntry.progress(session).stream().filter(p -> p.number() == station).findFirst().orElseThrow()
                .version();
    }

    private long rows(String table, long dataEntryId) {
        return jdbc.sql("select count(*) from " + table + " where data_entry_id = ?").param(dataEntryId)
                .query(Long.class).single();
    }
}
