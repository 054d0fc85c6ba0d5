package nl.stemwerk.app.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalLong;
import nl.stemwerk.app.support.Osv43Count;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.junit.jupiter.api.Test;

/** The demo election comes from the real GR2022 files of West Maas en Waal: 230b and 510b, plus 17 seats. */
class DemoElectionTest {
    private final DemoElection.Contents demo = DemoElection.contents();

    @Test
    void theElectionListsAndCandidatesAreThoseOfTheReal230b() {
        Election election = demo.election();

        assertThat(election.identifier()).isEqualTo("GR2022_WestMaasenWaal");
        assertThat(election.name()).isEqualTo("Gemeenteraad West Maas en Waal 2022");
        assertThat(election.domain().code()).isEqualTo("0668");
        assertThat(election.subcategory()).isEqualTo("GR1");
        assertThat(election.electionDate()).isEqualTo(LocalDate.of(2022, 3, 16));
        assertThat(election.numberOfSeats()).isEqualTo(17);
        assertThat(election.politicalGroups()).extracting(g -> g.candidates().size())
                .containsExactly(48, 28, 36, 44, 29, 20, 18, 28);
        assertThat(election.politicalGroups().getFirst().candidates().get(2).displayName())
                .isEqualTo("Dreumel, C.G.H.M. van (Cees)");
        assertThat(demo.candidateLists().sha256())
                .isEqualTo("66e0ef10d184d092d0a3410c71e945a1da36ed088725e4bf9e483c3af391bd67");
    }

    @Test
    void thePollingStationsAreTheReportingUnitsOfTheReal510b() {
        assertThat(demo.stations()).hasSize(21).extracting(PollingStation::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121);
        assertThat(demo.stations().getFirst()).isEqualTo(new PollingStation(1, "Dorpshuis De Hucht", "6626 AC",
                PollingStationType.FIXED, OptionalLong.of(1415)));
        assertThat(demo.stations().get(11).name()).isEqualTo("Gemeentehuis (maandag)");
        assertThat(demo.stations().getLast().postcode()).isEqualTo("6659 BN");
    }

    @Test
    void votersPerStationAgreeWithThePublishedCsvWhereTheFileKnowsThem() {
        Osv43Count csv = Osv43Count.westMaasEnWaal2022();
        for (PollingStation station : demo.stations()) {
            long published = csv.figureAt(station.number(), "opgeroepenen");
            assertThat(station.numberOfVoters()).as("station %d", station.number())
                    .isEqualTo(published == 0 ? OptionalLong.empty() : OptionalLong.of(published));
        }
    }
}
