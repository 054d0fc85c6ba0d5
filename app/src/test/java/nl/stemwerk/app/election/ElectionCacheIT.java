package nl.stemwerk.app.election;

import static org.assertj.core.api.Assertions.assertThat;

import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.support.TestElections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ElectionService#get} hands out a shared copy of an election, but never one that is out of date: every
 * change to the election, its stations or its municipality's stations, through the service or not, is seen at once.
 */
@StemwerkSpringTest
class ElectionCacheIT {
    @Autowired
    ElectionService elections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void anUnchangedElectionIsReadOnceAndSharedAfterwards() {
        long id = newElection("GR2026_CACHE_SHARED");

        StoredElection first = elections.get(id);

        assertThat(elections.get(id)).isSameAs(first);
    }

    @Test
    void aChangedCountingMethodIsSeenAtOnce() {
        long id = newElection("GR2026_CACHE_METHOD");
        assertThat(elections.get(id).countingMethod()).isEqualTo(CountingMethod.CSO);

        elections.changeCountingMethod(id, CountingMethod.DSO);

        assertThat(elections.get(id).countingMethod()).isEqualTo(CountingMethod.DSO);
    }

    @Test
    void aStationRenamedOutsideTheServiceIsSeenAtOnce() {
        long id = newElection("GR2026_CACHE_RENAMED");
        assertThat(elections.get(id).station(2).orElseThrow().name()).isNotEqualTo("Sporthal De Kooi");

        jdbc.sql("update election_station set name = 'Sporthal De Kooi' where election_id = ? and number = 2")
                .param(id).update();

        assertThat(elections.get(id).station(2).orElseThrow().name()).isEqualTo("Sporthal De Kooi");
    }

    @Test
    void aNewPostcodeOfTheMunicipalitysStationIsSeenAtOnce() {
        long id = elections.store(TestElections.election(TestElections.identifier("GR2026_CACHE_POSTCODE"), 9, 2),
                CountingMethod.CSO, TestElections.stations(961));
        ElectionStation station = elections.get(id).station(961).orElseThrow();
        String postcode = "6658 AB".equals(station.postcode()) ? "6658 CD" : "6658 AB";

        jdbc.sql("update polling_station set postcode = ? where id = ?").params(postcode, station.pollingStationId())
                .update();

        assertThat(elections.get(id).station(961).orElseThrow().postcode()).isEqualTo(postcode);
    }

    @Test
    void aCopyMadeInsideATransactionThatRollsBackIsNeverHandedOut() {
        long id = newElection("GR2026_CACHE_ROLLBACK");
        String before = elections.get(id).station(1).orElseThrow().name();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("update election_station set name = 'Nooit opgeslagen' where election_id = ? and number = 1")
                    .param(id).update();
            assertThat(elections.get(id).station(1).orElseThrow().name()).isEqualTo("Nooit opgeslagen");
            status.setRollbackOnly();
        });

        assertThat(elections.get(id).station(1).orElseThrow().name()).isEqualTo(before);
    }

    private long newElection(String prefix) {
        return elections.store(TestElections.election(TestElections.identifier(prefix), 9, 2, 2), CountingMethod.CSO,
                TestElections.stations(1, 2));
    }
}
