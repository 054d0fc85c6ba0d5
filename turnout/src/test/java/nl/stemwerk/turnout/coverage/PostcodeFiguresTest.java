package nl.stemwerk.turnout.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.PopulationBasis;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import org.junit.jupiter.api.Test;

class PostcodeFiguresTest {

    /**
     * Hilversum GR2022, PC4 1223: election-day stations 24, 30, 32, 34, 35, 36 (six), early columns 132, 135,
     * 232, 235. Admitted 215 + 599 + 1,123 + 1,106 + 879 + 448 + 512 + 255 + 646 + 311 = 6,094, of whom
     * early 512 + 255 + 646 + 311 = 1,724 (28.3 %). Proxies 619. Election-day votes cast 4,375 of 11,752
     * called = 37.23 %, with the free-choice and early-voting caveats.
     */
    @Test
    void hilversum1223MatchesTheHandComputation() {
        Grouping grouping = PostcodeFigures.of(RealCounts.hilversum(), List.of());

        AreaFigures pc1223 = grouping.area("1223").orElseThrow();
        assertThat(pc1223.electionDayStations().toOptional()).contains(BigDecimal.valueOf(6));
        assertThat(pc1223.admittedVoters().toOptional()).contains(6_094L);
        assertThat(pc1223.earlyVotingShare().toOptional()).contains(new Ratio(1_724, 6_094));
        assertThat(pc1223.proxyShare().toOptional()).contains(new Ratio(619, 6_094));
        assertThat(pc1223.turnout().toOptional()).contains(new Ratio(4_375, 11_752));
        assertThat(pc1223.turnout().caveats()).extracting(Reason::code)
                .containsExactly(ReasonCode.FREE_CHOICE_OF_STATION, ReasonCode.EARLY_VOTING_HAS_NO_DISTRICT);
        assertThat(pc1223.name()).isEqualTo("Lorentzschool van 't Hoffplein, Scouting clubhuis 'De Orion' en 4 andere");
    }

    /** PC4 1211 holds station 41 (812 admitted, 8 called), so its turnout is refused and the station named. */
    @Test
    void hilversum1211HasNoTurnoutBecauseOfStationFortyOne() {
        AreaFigures pc1211 = PostcodeFigures.of(RealCounts.hilversum(), List.of()).area("1211").orElseThrow();

        assertThat(pc1211.turnout().whyUnknown()).hasValueSatisfying(why -> {
            assertThat(why.code()).isEqualTo(ReasonCode.CALLED_VOTERS_BELOW_ADMITTED);
            assertThat(why.message()).contains("41");
        });
        assertThat(pc1211.admittedVoters().toOptional()).contains(3_235L);
    }

    /**
     * Hilversum has 10 PC4 areas; station 26 (718 admitted) has no postcode. 3,235 + 3,055 + 5,388 + 4,251 +
     * 2,631 + 5,421 + 1,781 + 965 + 2,501 + 6,094 = 35,322, plus 718 = 36,040, the municipal total.
     */
    @Test
    void hilversumAreasAndTheStationWithoutPostcodeAddUpToTheMunicipality() {
        Grouping grouping = PostcodeFigures.of(RealCounts.hilversum(), List.of());

        assertThat(grouping.areas()).hasSize(10);
        assertThat(grouping.areas().stream().mapToLong(a -> a.admittedVoters().toOptional().orElseThrow()).sum())
                .isEqualTo(35_322);
        assertThat(grouping.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReasonCode.POSTCODE_UNKNOWN);
            assertThat(n.message()).startsWith("Stembureau 26 ");
        });
        assertThat(grouping.areas()).allSatisfy(a -> assertThat(a.distance().isKnown()).isFalse());
    }

    /**
     * Nijmegen GR2022: PC4 6511 holds election-day stations 1–6 and early columns 101, 102, 106, 201, 202,
     * 206: admitted 7,859, early 2,535. No turnout (even split). The early column 159 "Wijkcentrum Dukenburg"
     * carries postcode 7039 EP while station 59 of that name has 6537 EP: reported as a likely typing error.
     */
    @Test
    void nijmegenByPostcodeShowsLoadButNoTurnoutAndFindsThePostcodeTypo() {
        Grouping grouping = PostcodeFigures.of(RealCounts.nijmegen(), List.of());

        AreaFigures centre = grouping.area("6511").orElseThrow();
        assertThat(centre.electionDayStations().toOptional()).contains(BigDecimal.valueOf(6));
        assertThat(centre.admittedVoters().toOptional()).contains(7_859L);
        assertThat(centre.earlyVotingShare().toOptional()).contains(new Ratio(2_535, 7_859));
        assertThat(centre.turnout().whyUnknown()).map(Reason::code).contains(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT);
        assertThat(grouping.areas()).as("23 real PC4 areas and 7039 from the typo").hasSize(24);
        assertThat(grouping.notes()).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo(ReasonCode.POSTCODE_DIFFERS_FOR_SAME_LOCATION);
            assertThat(n.message()).contains("159").contains("7039 EP").contains("6537 EP");
        });
    }

    /** With inhabitants per PC4 given, stations per 1000 appear; 6 stations for 12,000 people → 0.50. */
    @Test
    void populationPerPostcodeGivesStationsPerThousand() {
        Grouping grouping = PostcodeFigures.of(RealCounts.hilversum(),
                List.of(new AreaPopulation("1223", "", 12_000, PopulationBasis.INHABITANTS, "proef")));

        assertThat(grouping.area("1223").orElseThrow().stationsPer1000().toOptional()).contains(new BigDecimal("0.50"));
        assertThat(grouping.area("1217").orElseThrow().stationsPer1000().whyUnknown()).map(Reason::code)
                .contains(ReasonCode.POPULATION_UNKNOWN_FOR_AREA);
        assertThat(grouping.municipality().stationsPer1000().toOptional()).contains(new BigDecimal("0.50"));
    }
}
