package nl.stemwerk.eml.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.kieswet.election.PoliticalGroup;

class ResultTest {
    private final CandidateLists lists = Readers.candidates(SharedData.GR2022_CANDIDATES);
    private final List<PoliticalGroup> groups = lists.contests().get(0).politicalGroups();

    /** The sample 520 of the Kiesraad's EML library: three lists with seats, ranks 1, 2, … per list. */
    @Test
    void readsTheSampleResultOfTheKiesraadEmlLibrary() throws IOException {
        ElectionResult result;
        try (InputStream in = SharedData.open(SharedData.RUST_EML + "eml520_test.eml.xml")) {
            result = new ResultReader().read(in, "Resultaat.eml.xml");
        }
        assertThat(result.header().authority()).hasValue(new Authority("CSB", "Heemdamseburg"));
        ResultContest contest = result.contests().get(0);
        assertThat(contest.lists()).extracting(ListResult::listNumber).containsExactly(1, 2, 3);
        ListResult first = contest.lists().get(0);
        assertThat(first.elected()).extracting(ElectedCandidate::rank).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(first.elected()).extracting(ElectedCandidate::electedBy).containsExactly(
                ElectedBy.PREFERENCE_VOTES, ElectedBy.PREFERENCE_VOTES, ElectedBy.PREFERENCE_VOTES,
                ElectedBy.PREFERENCE_VOTES, ElectedBy.LIST_ORDER, ElectedBy.LIST_ORDER);
        assertThat(first.elected().get(1).person().lastNamePrefix()).isEqualTo("de");
        assertThat(contest.seats()).isEqualTo(first.seats() + contest.lists().get(1).seats()
                + contest.lists().get(2).seats());
    }

    /**
     * A result for West Maas en Waal's 2022 lists, with list 1 winning three seats and candidate 7 (Van den
     * Heuvel) moving up on own votes: the file numbers the elected 1, 2, 3 and leaves out lists without seats.
     */
    @Test
    void aResultWrittenByStemwerkIsValidAndNumbersTheElectedByRank() {
        ResultInput input = new ResultInput(EmlHeader.of(new Authority("CSB", "West Maas en Waal"),
                LocalDateTime.of(2022, 3, 21, 16, 0)), lists.election(), ContestIdentity.NONE, groups, List.of(
                new ListOutcome(1, 3, List.of(1, 7, 2, 3, 4, 5, 6), Set.of(1, 7)),
                new ListOutcome(2, 1, List.of(1, 2, 3), Set.of()),
                new ListOutcome(3, 0, List.of(1, 2), Set.of())));
        byte[] written = TestFiles.written(out -> ResultWriter.write(input, out));
        EmlSchemaCheck.assertValid(EmlMessageType.RESULT, written);
        ElectionResult read = new ResultReader().read(TestFiles.stream(written), "Resultaat.eml.xml");
        List<ListResult> results = read.contests().get(0).lists();
        assertThat(results).extracting(ListResult::listNumber).containsExactly(1, 2);
        assertThat(results.get(0).elected()).extracting(e -> e.person().lastName())
                .containsExactly("Reuvers", "Heuvel", "Orlemans");
        assertThat(results.get(0).elected()).extracting(ElectedCandidate::rank).containsExactly(1, 2, 3);
        assertThat(results.get(0).elected()).extracting(ElectedCandidate::electedBy).containsExactly(
                ElectedBy.PREFERENCE_VOTES, ElectedBy.PREFERENCE_VOTES, ElectedBy.LIST_ORDER);
        assertThat(results.get(1).elected().get(0).person().locality()).isNotEmpty();
        assertThat(read.election()).isEqualTo(new ElectionIdentity(lists.election().id(),
                lists.election().name(), "GR", "GR1", lists.election().domain(), lists.election().electionDate(),
                Optional.empty()));
    }

    @Test
    void anOutcomeThatDoesNotFitTheListsIsRefused() {
        assertThatThrownBy(() -> new ListOutcome(1, 3, List.of(1, 2), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListOutcome(1, 1, List.of(1, 2), Set.of(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListOutcome(1, 1, List.of(1, 1), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        EmlHeader header = EmlHeader.of(new Authority("CSB", "X"), LocalDateTime.of(2022, 3, 21, 16, 0));
        assertThatThrownBy(() -> new ResultInput(header, lists.election(), ContestIdentity.NONE, groups,
                List.of(new ListOutcome(2, 1, List.of(99), Set.of())))).hasMessageContaining("Candidate 99");
        assertThatThrownBy(() -> new ResultInput(header, lists.election(), ContestIdentity.NONE, groups,
                List.of(new ListOutcome(9, 0, List.of(), Set.of())))).hasMessageContaining("unknown list 9");
    }
}
