package nl.stemwerk.app.dataentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.support.EnterTwice;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import nl.stemwerk.app.users.UserService;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The typist's station list: one page of what they can start or go on with, searchable by number. */
@StemwerkSpringTest
class TypistStationsIT {
    private static final int STATIONS = 30;
    /** A third typist, so that a station can be open to one typist, to another, or to neither. */
    private static final String THIRD = "lijstinvoerder3";

    @Autowired
    ElectionService elections;
    @Autowired
    CommitteeSessionService sessions;
    @Autowired
    DataEntryService dataEntry;
    @Autowired
    TypistStations stations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserService users;

    long session;

    @BeforeEach
    void electionOfThirtyStationsWithDataEntryStarted() {
        if (users.list().stream().noneMatch(u -> u.username().equals(THIRD))) {
            users.createWithPassword(THIRD, "Ina Invoerder", EnumSet.of(Role.INVOERDER), "lijst-invoer-wachtwoord",
                    false);
        }
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_LIST"), 9, 3, 2),
                CountingMethod.CSO, TestElections.stations(IntStream.rangeClosed(1, STATIONS).toArray()));
        CommitteeSession gsb = sessions.latest(id, Committee.GSB);
        gsb = sessions.assignTypists(gsb.id(), gsb.version(), List.of("invoerder1", "invoerder2", THIRD));
        session = sessions.startDataEntry(gsb.id(), gsb.version()).id();
    }

    @Test
    void aTypistGetsOnePageOfTwentyFiveAndTheNextPageHasTheRest() {
        OpenStations first = stations.openTo(session, "invoerder1", "", 1);
        OpenStations second = stations.openTo(session, "invoerder1", "", 2);

        assertThat(first.stations()).extracting(StationProgress::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).boxed().toList());
        assertThat(first.more()).isTrue();
        assertThat(second.stations()).extracting(StationProgress::number).containsExactly(26, 27, 28, 29, 30);
        assertThat(second.more()).isFalse();
        assertThat(stations.openTo(session, "invoerder1", "", Integer.MAX_VALUE).stations()).isEmpty();
        assertThat(stations.openTo(session, "invoerder1", "", -1).page()).isEqualTo(1);
    }

    @Test
    void searchingStembureauTwoFindsStationTwoAndNotTwentyToTwentyNine() {
        assertThat(stations.openTo(session, "invoerder1", "stembureau 2", 1).stations())
                .extracting(StationProgress::number).containsExactly(2);
        assertThat(stations.openTo(session, "invoerder1", " 17 ", 1).stations())
                .extracting(StationProgress::number).containsExactly(17);
        assertThat(stations.openTo(session, "invoerder1", "31", 1).stations()).isEmpty();
    }

    @Test
    void theListHoldsExactlyWhatTheCoordinatorsProgressCallsOpenToTheTypistTheirOwnEntriesFirst() {
        EnterTwice.enter(dataEntry, session, 1, "invoerder1", SmallCount.valid());
        DataEntryContext ownFirst = dataEntry.claim(session, 20, 0, "invoerder1");
        dataEntry.claim(session, 3, 0, "invoerder2");
        EnterTwice.enter(dataEntry, session, 4, "invoerder1", SmallCount.valid());
        EnterTwice.enter(dataEntry, session, 4, "invoerder2", SmallCount.valid());
        EnterTwice.enter(dataEntry, session, 5, "invoerder2", SmallCount.valid());
        DataEntryContext ownSecond = dataEntry.claim(session, 5, version(5), "invoerder1");
        DataEntryContext discarded = dataEntry.claim(session, 6, 0, THIRD);
        dataEntry.discard(discarded.record().dataEntryId(), discarded.record().version(), THIRD);

        for (String typist : List.of("invoerder1", "invoerder2", THIRD)) {
            List<StationProgress> listed = everyPage(typist);
            assertThat(listed).as(typist).containsExactlyInAnyOrderElementsOf(
                    dataEntry.progress(session).stream().filter(p -> p.openTo(typist)).toList());
        }
        assertThat(everyPage("invoerder1")).extracting(StationProgress::number).startsWith(5, 20)
                .doesNotContain(1, 3, 4);
        assertThat(ownFirst.record().status().name()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS);
        assertThat(ownSecond.record().status().name()).isEqualTo(DataEntryStatusName.SECOND_ENTRY_IN_PROGRESS);
        assertThat(everyPage("invoerder2")).extracting(StationProgress::number).startsWith(3).contains(1, 6)
                .doesNotContain(4, 5, 20);
    }

    @Test
    void oneStationShowsWhereItStandsWhoeverIsEnteringIt() {
        dataEntry.claim(session, 3, 0, "invoerder2");

        StationProgress three = stations.station(session, 3);

        assertThat(three.status()).isEqualTo(DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS);
        assertThat(three.firstTypist()).isEqualTo("invoerder2");
        assertThat(three.version()).isEqualTo(1);
        assertThat(stations.station(session, 7).status()).isEqualTo(DataEntryStatusName.EMPTY);
        assertThatThrownBy(() -> stations.station(session, 31)).isInstanceOf(DataEntryRefused.class)
                .hasMessageContaining("Stembureau 31 hoort niet bij deze zitting");
    }

    @Test
    void aTypistWhoIsNotAssignedToTheSessionGetsNoList() {
        assertThatThrownBy(() -> stations.openTo(session, "invoerder9", "", 1))
                .isInstanceOfSatisfying(DataEntryRefused.class, e -> assertThat(e.code()).isEqualTo("NOT_ASSIGNED"));
    }

    @Test
    void aClaimThatFailsLeavesNeitherTheNewDataEntryNorItsAuditRow() {
        assertThatThrownBy(() -> dataEntry.claim(session, 8, 3, "invoerder1"))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(stations.station(session, 8).dataEntryId()).isNull();
        assertThat(createdAuditRows(8)).isZero();

        DataEntryContext claimed = dataEntry.claim(session, 8, 0, "invoerder1");
        assertThat(createdAuditRows(8)).isOne();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'invoer.geclaimd' and subject = ?")
                .param("invoer:" + claimed.record().dataEntryId()).query(Long.class).single()).isOne();
    }

    private List<StationProgress> everyPage(String typist) {
        List<StationProgress> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            OpenStations open = stations.openTo(session, typist, "", page);
            all.addAll(open.stations());
            if (!open.more()) {
                return all;
            }
        }
    }

    private int version(int station) {
        return stations.station(session, station).version();
    }

    private long createdAuditRows(int station) {
        return jdbc.sql("""
                select count(*) from audit_log where action = 'invoer.aangemaakt' and subject = ?
                  and (details::jsonb ->> 'stembureau')::int = ?""").params("zitting:" + session, station)
                .query(Long.class).single();
    }
}
