package nl.stemwerk.kieswet.totalling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.kieswet.check.CheckCode;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.testdata.Osv43Csv;
import nl.stemwerk.kieswet.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Totalling and corrections, on the real GR2022 count of West Maas en Waal: 21 polling-station columns and the
 * municipality's "Totaal" column in the Kiesraad's osv4-3 CSV ({@code shared/data}, EUPL-1.2).
 */
class MunicipalTotalTest {
    private static Osv43Csv csv;
    private static List<PollingStationResults> stations;

    @BeforeAll
    static void read() {
        csv = Osv43Csv.read(SharedData.file(Osv43Csv.WEST_MAAS_EN_WAAL_2022));
        stations = csv.stations();
    }

    @Test
    void everyRealPollingStationResultAddsUp() {
        assertThat(stations).hasSize(21);
        assertThat(stations).allSatisfy(s -> assertThat(ResultsCheck.sums(s).codes())
                .as("stembureau %d", s.pollingStationNumber()).isEmpty());
    }

    @Test
    void theSumOfTheTwentyOneStationsIsTheMunicipalTotalOfTheKiesraadsFile() {
        PollingStationResults total = MunicipalTotal.of(stations);

        assertThat(total).isEqualTo(csv.total());
        assertThat(total.votes().totalVotesCandidatesCount()).isEqualTo(9350);
        assertThat(ResultsCheck.sums(total).codes()).isEmpty();
    }

    @Test
    void aStationCountedTwiceIsRefused() {
        List<PollingStationResults> twice = new ArrayList<>(stations);
        twice.add(stations.get(3));

        assertThatThrownBy(() -> MunicipalTotal.of(twice))
                .isInstanceOfSatisfying(TotallingException.class, e -> {
                    assertThat(e.error()).isEqualTo(TotallingError.DUPLICATE_POLLING_STATION);
                    assertThat(e.getMessage()).isEqualTo("Stembureau 4 komt twee keer voor. Tel elk stembureau één keer.");
                });
    }

    @Test
    void resultsWithOtherListsCannotBeAdded() {
        PollingStationResults first = stations.get(0);
        PollingStationResults shorter = new PollingStationResults(99, first.voters(), first.votes(),
                first.differences(), first.candidateVotes().subList(0, 7));

        assertThatThrownBy(() -> MunicipalTotal.of(List.of(first, shorter)))
                .isInstanceOfSatisfying(TotallingException.class,
                        e -> assertThat(e.error()).isEqualTo(TotallingError.LISTS_DO_NOT_MATCH));
        assertThatThrownBy(() -> MunicipalTotal.of(List.of()))
                .isInstanceOfSatisfying(TotallingException.class,
                        e -> assertThat(e.error()).isEqualTo(TotallingError.NO_RESULTS));
    }

    /**
     * Station 7 (Kulturhus d'n Dulper): 868 admitted voters, 869 ballots, I = 1. Suppose an investigation finds
     * one more proxy certificate (B 108 → 109, D 868 → 869). A corrigendum with only the new voters section no
     * longer adds up, because I still says one ballot too many (F.312: D = H − I + J); with the differences
     * corrected too (I = 0) it does.
     */
    @Test
    void aCorrectionReplacingOneSectionMustStillAddUp() {
        PollingStationResults station7 = stations.get(6);
        assertThat(station7.pollingStationNumber()).isEqualTo(7);
        var voters = new VotersCounts(760, 109, 0, 869);

        PollingStationResults votersOnly = new Correction.Voters(voters).applyTo(station7);
        PollingStationResults both = new Correction.Differences(
                new DifferencesCounts(0, 0, null, null)).applyTo(votersOnly);

        assertThat(ResultsCheck.sums(votersOnly).codes()).containsExactly(CheckCode.F312);
        assertThat(ResultsCheck.sums(both).codes()).isEmpty();
        assertThat(both.votes()).isEqualTo(station7.votes());
    }

    @Test
    void aCorrectedListMustMatchTheListTotalAndItsCandidates() {
        PollingStationResults station = stations.get(0);
        CandidateVotes list1 = station.candidateVotes().get(0);
        List<Long> moved = new ArrayList<>(list1.candidateVotes());
        moved.set(0, moved.get(0) + 1);

        PollingStationResults corrected = new Correction.ListVotes(
                new CandidateVotes(1, list1.total(), moved)).applyTo(station);

        assertThat(ResultsCheck.sums(corrected).codes()).containsExactly(CheckCode.F402);
        assertThatThrownBy(() -> new Correction.ListVotes(new CandidateVotes(1, 3, List.of(3L))).applyTo(station))
                .isInstanceOfSatisfying(TotallingException.class,
                        e -> assertThat(e.error()).isEqualTo(TotallingError.LISTS_DO_NOT_MATCH));
    }
}
