package nl.stemwerk.eml.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.Readers;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.ElectionCategory;

class ElectionDefinitionTest {
    private static final String STADSKANAAL = SharedData.ABACUS + "Verkiezingsdefinitie_GR2026_Stadskanaal.eml.xml";
    private static final String JUINEN = SharedData.JUINEN + "eml110a_verkiezingsdefinitie-juinen.eml.xml";

    /** Real case: the GR2026 definition of Stadskanaal (23 seats, GR2, preference threshold 25 %). */
    @Test
    void readsTheRealGr2026DefinitionOfStadskanaal() {
        ElectionDefinition definition = Readers.definition(STADSKANAAL);
        assertThat(definition.election().id()).isEqualTo("GR2026_Stadskanaal");
        assertThat(definition.election().category()).hasValue(ElectionCategory.MUNICIPAL_COUNCIL);
        assertThat(definition.election().subcategory()).isEqualTo("GR2");
        assertThat(definition.election().domainCode()).isEqualTo("0037");
        assertThat(definition.numberOfSeats()).isEqualTo(23);
        assertThat(definition.preferenceThreshold()).isEqualTo(25);
        assertThat(definition.registeredParties()).hasSize(10).startsWith("ChristenUnie", "CDA");
        assertThat(definition.electionTree()).containsExactly(
                new Region("37", "GEMEENTE", "Stadskanaal", "", "", List.of("CSB", "HSB")));
        assertThat(definition.header().authority()).isEmpty();
    }

    @Test
    void theJuinenDefinitionAndCandidateListsMakeAKieswetElection() {
        CandidateContest lists = Readers.candidates(SharedData.JUINEN + "eml230b_kandidatenlijsten-juinen.eml.xml")
                .contests().get(0);
        Election election = Readers.definition(JUINEN).toElection(lists, "definitie.xml");
        assertThat(election.numberOfSeats()).isEqualTo(45);
        assertThat(election.domain().code()).isEqualTo("0042");
        assertThat(election.politicalGroups()).hasSize(4);
        assertThat(election.category()).isEqualTo(ElectionCategory.MUNICIPAL_COUNCIL);
    }

    @Test
    void anElectionWithoutAreaCannotBeSetUp() {
        ElectionDefinition juinen = Readers.definition(JUINEN);
        ElectionIdentity national = new ElectionIdentity("TK2025", "Tweede Kamer", "TK", "TK", Optional.empty(),
                juinen.election().electionDate(), Optional.empty());
        ElectionDefinition definition = new ElectionDefinition(juinen.header(), national, juinen.contest(), 150, 25,
                juinen.electionTree(), juinen.registeredParties());
        EmlException refused = catchThrowableOfType(EmlException.class, () -> definition.toElection(
                new CandidateContest(juinen.contest(), List.of()), "Verkiezingsdefinitie_TK2025.eml.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.MISSING_ELECTION_DOMAIN);
        assertThat(refused.getMessage()).startsWith("Bestand Verkiezingsdefinitie_TK2025.eml.xml: De verkiezingsdefinitie"
                + " noemt geen gemeente");
    }

    @Test
    void moreThanOneHundredFiftySeatsIsRefused() {
        String xml = TestFiles.replaceFirst(TestFiles.text(JUINEN), "<kr:NumberOfSeats>45", "<kr:NumberOfSeats>151");
        EmlException refused = catchThrowableOfType(EmlException.class,
                () -> new ElectionDefinitionReader().read(TestFiles.stream(xml), "definitie.xml"));
        assertThat(refused.code()).isEqualTo(EmlErrorCode.INVALID_VALUE);
        assertThat(refused.problem()).isEqualTo("Het aantal zetels is 151. Dat moet tussen 1 en 150 liggen.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {STADSKANAAL, JUINEN, SharedData.ABACUS + "eml110a_test.eml.xml"})
    void definitionsWrittenAgainAreValidAndReadBackTheSame(String file) {
        ElectionDefinition original = Readers.definition(file);
        byte[] written = TestFiles.written(out -> ElectionDefinitionWriter.write(original, out));
        EmlSchemaCheck.assertValid(EmlMessageType.ELECTION_DEFINITION, written);
        assertThat(new ElectionDefinitionReader().read(TestFiles.stream(written), "opnieuw.xml")).isEqualTo(original);
    }
}
