package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;

/**
 * The real GR2022 count of West Maas en Waal with one figure changed: each change is one way a 510b can fail to
 * add up, and each is refused with a Dutch message that names the unit, the list and both figures.
 */
class CountChecksTest {
    private static final String SB1 = "<ReportingUnitIdentifier Id=\"0668::SB1\">";
    private static final String LIST_1_IN_SB1 = "<Selection><AffiliationIdentifier Id=\"1\"><RegisteredName>FD Partij"
            + " Beneden-Leeuwen</RegisteredName></AffiliationIdentifier><ValidVotes>3</ValidVotes></Selection>";
    private static final String CANDIDATE_1 = "<CandidateIdentifier Id=\"1\"></CandidateIdentifier></Candidate>"
            + "<ValidVotes>0</ValidVotes>";

    private final String original = TestFiles.text(SharedData.GR2022_COUNT);

    @Test
    void totalsThatDifferFromTheSumOfThePollingStationsAreRefused() {
        String changed = TestFiles.replaceAfter(original, SB1, LIST_1_IN_SB1, LIST_1_IN_SB1.replace(">3<", ">4<"));
        changed = TestFiles.replaceAfter(changed, SB1, CANDIDATE_1, CANDIDATE_1.replace(">0<", ">1<"));
        changed = TestFiles.replaceAfter(changed, SB1, "<TotalCounted>687</TotalCounted>",
                "<TotalCounted>688</TotalCounted>");
        EmlException refused = refuse(changed);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.TOTALS_MISMATCH);
        assertThat(refused.problem()).isEqualTo("In <TotalVotes> staat bij lijst 1 het aantal 1893, maar de"
                + " stembureaus hebben samen 1894. Het totaal moet gelijk zijn aan de som van de stembureaus.");
        assertThat(refused.line()).hasValue(1);
    }

    @Test
    void aListTotalThatDiffersFromItsCandidatesIsRefused() {
        String changed = TestFiles.replaceAfter(original, SB1, CANDIDATE_1, CANDIDATE_1.replace(">0<", ">1<"));
        EmlException refused = refuse(changed);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.LIST_TOTAL_MISMATCH);
        assertThat(refused.problem()).isEqualTo("Bij 0668::SB1 heeft lijst 1 een totaal van 3 stemmen, maar de"
                + " kandidaten van die lijst hebben samen 4 stemmen. Die twee moeten gelijk zijn.");
    }

    @Test
    void validVotesThatDifferFromTheListTotalsAreRefused() {
        String changed = TestFiles.replaceAfter(original, SB1, "<TotalCounted>687</TotalCounted>",
                "<TotalCounted>686</TotalCounted>");
        EmlException refused = refuse(changed);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.VALID_VOTES_MISMATCH);
        assertThat(refused.problem()).startsWith("Bij 0668::SB1 staan 686 geldige stemmen (<TotalCounted>), maar de"
                + " lijsten hebben samen 687 stemmen.");
    }

    @Test
    void aPollingStationThatAppearsTwiceIsRefused() {
        String changed = TestFiles.replaceFirst(original, "Id=\"0668::SB2\"", "Id=\"0668::SB1\"");
        EmlException refused = refuse(changed);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.DUPLICATE_REPORTING_UNIT);
        assertThat(refused.problem()).isEqualTo("Stembureau 0668::SB1 staat twee keer in het bestand.");
    }

    @Test
    void candidateVotesBeforeAnyListAreRefused() {
        String changed = TestFiles.replaceAfter(original, SB1, LIST_1_IN_SB1, "");
        EmlException refused = refuse(changed);
        assertThat(refused.code()).isEqualTo(EmlErrorCode.CANDIDATE_WITHOUT_LIST);
        assertThat(refused.problem()).startsWith("Bij 0668::SB1 staan stemmen op kandidaat 1 voordat er een lijst is");
    }

    @Test
    void theUnchangedRealFileAddsUp() {
        Count count = new CountReader().read(TestFiles.stream(original), "Telling.eml.xml");
        assertThat(count.numberOfReportingUnits()).isEqualTo(21);
    }

    private static EmlException refuse(String xml) {
        return catchThrowableOfType(EmlException.class,
                () -> new CountReader().read(TestFiles.stream(xml), "Telling_GR2022_WestMaasenWaal.eml.xml"));
    }
}
