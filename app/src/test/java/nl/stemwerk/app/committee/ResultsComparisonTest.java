package nl.stemwerk.app.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;
import org.junit.jupiter.api.Test;

/**
 * The CSB's entry against the GSB's total, with the totals of West Maas en Waal 2022 (D 9,398, E 9,350, F 21, G 27;
 * list 1 with 1,893 votes, the other lists together 7,457); the split of list 1 over its candidates is made up.
 */
class ResultsComparisonTest {
    @Test
    void anEntryEqualToTheGsbsTotalHasNoDifferences() {
        assertThat(ResultsComparison.differences(total(1_893, 1_085), total(1_893, 1_085))).isEmpty();
    }

    @Test
    void everyBoxThatDiffersIsNamedWithTheValueOfTheGsbAndOfTheCsb() {
        assertThat(ResultsComparison.differences(total(1_893, 1_085), total(1_983, 1_175))).containsExactly(
                "E.1: het GSB stelde 1893 vast, het CSB voerde 1983 in.",
                "lijst 1, kandidaat 1: het GSB stelde 1085 vast, het CSB voerde 1175 in.");
    }

    private static PollingStationResults total(long list1, long candidate1) {
        return new PollingStationResults(0, new VotersCounts(9_398, 0, 0, 9_398),
                new VotesCounts(List.of(new VotesCounts.PoliticalGroupTotal(1, list1),
                        new VotesCounts.PoliticalGroupTotal(2, 7_457)), 9_350, 21, 27, 9_398),
                new DifferencesCounts(0, 0, DifferencesCounts.Comparison.EQUAL, DifferencesCounts.Explained.NOT_ENTERED),
                List.of(new CandidateVotes(1, list1, List.of(candidate1, list1 - candidate1)),
                        new CandidateVotes(2, 7_457, List.of(7_457L))));
    }
}
