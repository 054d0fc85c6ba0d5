package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;

class CountMappingTest {
    private static final Set<UncountedReason> IN_KIESWET = Set.of(UncountedReason.VALID_POLL_CARDS,
            UncountedReason.VALID_PROXY_CERTIFICATES, UncountedReason.VALID_VOTER_CARDS,
            UncountedReason.ADMITTED_VOTERS, UncountedReason.MORE_BALLOTS_COUNTED,
            UncountedReason.FEWER_BALLOTS_COUNTED);

    private final Count count = Readers.count(SharedData.GR2022_COUNT);
    private final List<PoliticalGroup> groups = Readers.candidates(SharedData.GR2022_CANDIDATES).contests().get(0)
            .politicalGroups();

    /** Real case: polling station 1 of West Maas en Waal in GR2022, as in the osv4-3 CSV of that election. */
    @Test
    void pollingStationOneOfWestMaasEnWaalMapsToFieldsAToJ() {
        PollingStationResults results = CountMapping.toResults(count.contests().get(0).units().get(0));
        assertThat(results.pollingStationNumber()).isEqualTo(1);
        assertThat(results.voters().pollCardCount()).isEqualTo(619);
        assertThat(results.voters().proxyCertificateCount()).isEqualTo(71);
        assertThat(results.voters().voterCardCount()).isZero();
        assertThat(results.voters().totalAdmittedVotersCount()).isEqualTo(690);
        assertThat(results.votes().totalVotesCandidatesCount()).isEqualTo(687);
        assertThat(results.votes().blankVotesCount()).isEqualTo(2);
        assertThat(results.votes().invalidVotesCount()).isZero();
        assertThat(results.votes().totalVotesCastCount()).isEqualTo(689);
        assertThat(results.differences().moreBallotsCount()).isZero();
        assertThat(results.differences().fewerBallotsCount()).isEqualTo(1);
        assertThat(results.candidateVotes().get(0).total()).isEqualTo(3);
        assertThat(results.candidateVotes().get(0).candidateVotes()).hasSize(48);
    }

    @Test
    void theTotalsMapToNumberZero() {
        PollingStationResults totals = CountMapping.toResults(count.contests().get(0).totals().orElseThrow());
        assertThat(totals.pollingStationNumber()).isZero();
        assertThat(totals.votes().totalVotesCandidatesCount()).isEqualTo(9_350);
    }

    @Test
    void everyRealUnitMapsToKieswetAndBackUnchanged() {
        for (ReportingUnitVotes unit : count.contests().get(0).units()) {
            VoteCount back = CountMapping.toVoteCount(CountMapping.toResults(unit), groups, unit.votes().cast(),
                    explanations(unit.votes()));
            assertThat(back).as(unit.unit().id()).isEqualTo(unit.votes());
        }
    }

    /** Abacus's 230b with gaps: list 1 has candidates 2, 3, 6, 8, 9, 11 and 12 only. */
    @Test
    void candidateNumbersWithGapsArePlacedByNumberAndComeBackTheSame() {
        PoliticalGroup gaps = Readers.candidates(SharedData.ABACUS + "eml230b_test_with_gaps.eml.xml").contests()
                .get(0).politicalGroups().get(0);
        List<CandidateCount> candidates = gaps.candidates().stream()
                .map(candidate -> new CandidateCount(candidate.number(), candidate.number() * 10L))
                .toList();
        long total = candidates.stream().mapToLong(CandidateCount::votes).sum();
        VoteCount votes = new VoteCount(List.of(new ListVotes(1, gaps.name(), total, candidates)), 0, total, 0, 0,
                Map.of());
        PollingStationResults results = CountMapping.toResults(votes);
        CandidateVotes list = results.candidateVotes().get(0);
        assertThat(list.candidateVotes()).containsExactly(0L, 20L, 30L, 0L, 0L, 60L, 0L, 80L, 90L, 0L, 110L, 120L);
        VoteCount back = CountMapping.toVoteCount(results, List.of(gaps), 0, Map.of());
        assertThat(back.lists()).isEqualTo(votes.lists());
    }

    @Test
    void votesForAListThatIsNotInTheElectionAreRefused() {
        PollingStationResults results = CountMapping.toResults(count.contests().get(0).units().get(0));
        assertThatThrownBy(() -> CountMapping.toVoteCount(results, groups.subList(0, 7), 0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list 8");
    }

    private static Map<UncountedReason, Long> explanations(VoteCount votes) {
        Map<UncountedReason, Long> explanations = new EnumMap<>(UncountedReason.class);
        votes.uncounted().forEach((reason, value) -> {
            if (!IN_KIESWET.contains(reason)) {
                explanations.put(reason, value);
            }
        });
        return explanations;
    }
}
