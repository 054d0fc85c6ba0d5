package nl.stemwerk.app.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;
import nl.stemwerk.kieswet.totalling.Correction;
import org.junit.jupiter.api.Test;

class CorrectedPartTest {
    @Test
    void aPartIsOneOfTheThreeCountSectionsOrAListOfTheElection() {
        List<PoliticalGroup> lists = TwoLists.LISTS;
        assertThat(List.of("kiezers", "stemmen", "verschillen", "lijst-1", "lijst-2"))
                .allMatch(p -> CorrectedPart.isValid(p, lists));
        assertThat(List.of("lijst-3", "extra-onderzoek", "A", "")).noneMatch(p -> CorrectedPart.isValid(p, lists));
    }

    @Test
    void theCorrectionStartsFromTheEarlierEntryWithOnlyThePartEmpty() {
        List<String> voters = CorrectedPart.fields(List.of("kiezers"), EntryModel.GSB_CSO, TwoLists.LISTS);
        assertThat(voters).containsExactly("A", "B", "D");

        Map<String, String> start = CorrectedPart.withPartEmpty(Map.of("A", "90", "B", "10", "D", "100", "E", "97"),
                voters);

        assertThat(start).containsExactlyInAnyOrderEntriesOf(Map.of("A", "", "B", "", "D", "", "E", "97"));
    }

    @Test
    void boxesChangedOutsideThePartAreNamedAndChangesInsideAreAllowed() {
        List<String> list1 = CorrectedPart.fields(List.of("lijst-1"), EntryModel.GSB_CSO, TwoLists.LISTS);
        Map<String, String> earlier = Map.of("F", "2", "G", "1", "list.1.candidate.1", "40");

        assertThat(CorrectedPart.changedOutside(earlier, Map.of("F", "2", "G", "1", "list.1.candidate.1", "38"), list1))
                .isEmpty();
        assertThat(CorrectedPart.changedOutside(earlier, Map.of("F", "1", "G", "2", "list.1.candidate.1", "40"), list1))
                .containsExactly("F", "G");
    }

    @Test
    void aListPartBecomesTheLibrarysListCorrectionOfThatList() {
        PollingStationResults entered = new PollingStationResults(7, new VotersCounts(90, 10, 0, 100),
                new VotesCounts(List.of(new VotesCounts.PoliticalGroupTotal(1, 60),
                        new VotesCounts.PoliticalGroupTotal(2, 37)), 97, 2, 1, 100),
                DifferencesCounts.none(),
                List.of(new CandidateVotes(1, 60, List.of(38L, 17L, 5L)), new CandidateVotes(2, 37, List.of(30L, 7L))));

        assertThat(CorrectedPart.correction("lijst-1", entered))
                .isEqualTo(new Correction.ListVotes(new CandidateVotes(1, 60, List.of(38L, 17L, 5L))));
        assertThat(CorrectedPart.correction("kiezers", entered)).isEqualTo(new Correction.Voters(entered.voters()));
    }

    @Test
    void namedPartsAreKeptInPaperOrderOnceEach() {
        assertThat(CorrectedPart.inPaperOrder(List.of("lijst-2", "kiezers", "lijst-2", "verschillen"),
                EntryModel.GSB_CSO, TwoLists.LISTS)).containsExactly("kiezers", "verschillen", "lijst-2");
        assertThat(CorrectedPart.fields(List.of("lijst-2", "kiezers"), EntryModel.GSB_CSO, TwoLists.LISTS))
                .containsExactly("A", "B", "D", "list.2.candidate.1", "list.2.candidate.2", "list.2.total");
    }

    @Test
    void everyNamedPartIsTakenFromTheNewEntryAndTheRestFromTheEarlierOne() {
        PollingStationResults earlier = new PollingStationResults(7, new VotersCounts(91, 9, 0, 100),
                new VotesCounts(List.of(new VotesCounts.PoliticalGroupTotal(1, 60),
                        new VotesCounts.PoliticalGroupTotal(2, 37)), 97, 2, 1, 100),
                DifferencesCounts.none(),
                List.of(new CandidateVotes(1, 60, List.of(40L, 15L, 5L)), new CandidateVotes(2, 37, List.of(30L, 7L))));
        PollingStationResults entered = new PollingStationResults(7, new VotersCounts(90, 10, 0, 100),
                new VotesCounts(List.of(new VotesCounts.PoliticalGroupTotal(1, 60),
                        new VotesCounts.PoliticalGroupTotal(2, 37)), 97, 1, 2, 100),
                DifferencesCounts.none(),
                List.of(new CandidateVotes(1, 60, List.of(38L, 17L, 5L)), new CandidateVotes(2, 37, List.of(29L, 8L))));

        PollingStationResults whole = CorrectedPart.applyAll(List.of("kiezers", "lijst-1"), entered, earlier);

        assertThat(whole.voters()).isEqualTo(entered.voters());
        assertThat(whole.candidateVotes()).containsExactly(entered.candidateVotes().getFirst(),
                earlier.candidateVotes().get(1));
        assertThat(whole.votes()).as("blank and invalid were not named").isEqualTo(earlier.votes());
    }

    /** Two lists of three and two candidates. */
    private static final class TwoLists {
        static final List<PoliticalGroup> LISTS = List.of(list(1, 3), list(2, 2));

        private static PoliticalGroup list(int number, int candidates) {
            return new PoliticalGroup(number, "Lijst " + number, java.util.stream.IntStream.rangeClosed(1, candidates)
                    .mapToObj(c -> new Candidate(c, "K.", "", "", "Kandidaat" + c, null, "")).toList());
        }
    }
}
