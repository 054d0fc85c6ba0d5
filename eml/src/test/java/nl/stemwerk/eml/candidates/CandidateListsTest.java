package nl.stemwerk.eml.candidates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Gender;
import nl.stemwerk.kieswet.election.PoliticalGroup;

class CandidateListsTest {
    /** Real case: GR2022 West Maas en Waal, 8 lists and 251 candidates (SOURCES.md). */
    @Test
    void readsTheEightListsAndTwoHundredFiftyOneCandidatesOfWestMaasEnWaal() {
        CandidateLists lists = Readers.candidates(SharedData.GR2022_CANDIDATES);
        assertThat(lists.election().nominationDate()).hasValueSatisfying(d -> assertThat(d).hasToString("2022-01-31"));
        assertThat(lists.numberOfLists()).isEqualTo(8);
        assertThat(lists.numberOfCandidates()).isEqualTo(251);
        PoliticalGroup first = lists.contests().get(0).politicalGroups().get(0);
        assertThat(first.name()).isEqualTo("FD Partij Beneden-Leeuwen");
        assertThat(first.candidates().get(2)).isEqualTo(new Candidate(3, "C.G.H.M.", "Cees", "van", "Dreumel",
                Gender.MALE, "Beneden-Leeuwen"));
        assertThat(lists.contests().get(0).lists().get(0).type()).isEqualTo(CandidateList.STANDALONE);
    }

    /** Real case: TK2025 electoral district 6, Nijmegen, with list numbers 1 to 23 and then 26. */
    @Test
    void readsTheTk2025ListsOfElectoralDistrictNijmegenWithTheirGap() {
        CandidateLists lists = Readers.candidates(SharedData.TK2025_CANDIDATES);
        CandidateContest nijmegen = lists.contest("6").orElseThrow();
        assertThat(nijmegen.contest().name()).isEqualTo("Nijmegen");
        assertThat(nijmegen.numberOfCandidates()).isEqualTo(1085);
        assertThat(nijmegen.politicalGroups()).last().extracting(PoliticalGroup::number).isEqualTo(26);
    }

    @Test
    void readsCandidateNumbersWithGapsAsTheyAre() {
        CandidateLists lists = Readers.candidates(SharedData.ABACUS + "eml230b_test_with_gaps.eml.xml");
        assertThat(lists.contests().get(0).politicalGroups().get(0).candidates()).extracting(Candidate::number)
                .containsExactly(2, 3, 6, 8, 9, 11, 12);
    }

    @Test
    void aCandidateTwiceOnOneListIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(SharedData.GR2022_CANDIDATES),
                "<CandidateIdentifier Id=\"2\"></CandidateIdentifier>", "<CandidateIdentifier Id=\"1\"></CandidateIdentifier>");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new CandidateListsReader().read(TestFiles.stream(xml), "Kandidatenlijsten.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DUPLICATE_CANDIDATE_NUMBER);
        assertThat(refused.getMessage()).startsWith("Bestand Kandidatenlijsten.eml.xml, regel 1, kolom")
                .contains("Op lijst 1 staat kandidaat 1 twee keer.");
    }

    @Test
    void aListNumberTwiceIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(SharedData.GR2022_CANDIDATES),
                "<AffiliationIdentifier Id=\"2\">", "<AffiliationIdentifier Id=\"1\">");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new CandidateListsReader().read(TestFiles.stream(xml), "Kandidatenlijsten.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DUPLICATE_LIST_NUMBER);
        assertThat(refused.problem()).startsWith("Lijstnummer 1 staat twee keer in het bestand.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {SharedData.GR2022_CANDIDATES, SharedData.TK2025_CANDIDATES,
            SharedData.JUINEN + "eml230b_kandidatenlijsten-juinen.eml.xml",
            SharedData.ABACUS + "eml230b_test_with_gaps.eml.xml"})
    void candidateListsWrittenAgainAreValidAndReadBackTheSame(String file) {
        CandidateLists original = Readers.candidates(file);
        byte[] written = TestFiles.written(out -> CandidateListsWriter.write(original, out));
        EmlSchemaCheck.assertValid(EmlMessageType.CANDIDATE_LISTS, written);
        assertThat(new CandidateListsReader().read(TestFiles.stream(written), "opnieuw.xml")).isEqualTo(original);
    }
}
