package nl.stemwerk.turnout.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.count.ElectionCount;
import org.junit.jupiter.api.Test;

class MunicipalFiguresTest {

    /**
     * Hilversum GR2022, from the "Totaal" column: votes cast 35,833 + 104 + 78 = 36,015; called 70,563;
     * turnout 36,015 / 70,563 = 51.04 %. Early: 7,583 of 36,040 admitted = 21.04 %. Proxies 3,628 / 36,040 =
     * 10.07 %. Blank 104 / 36,015 = 0.29 %, invalid 78 / 36,015 = 0.22 %. 43 election-day stations:
     * 43 × 1000 / 70,563 = 0.61 per 1000.
     */
    @Test
    void hilversum2022FiguresMatchTheHandComputation() {
        MunicipalTurnout figures = MunicipalFigures.of(RealCounts.hilversum());

        assertThat(figures.turnout().toOptional()).contains(new Ratio(36_015, 70_563));
        assertThat(figures.turnout().toOptional().orElseThrow().percent(2)).isEqualByComparingTo("51.04");
        assertThat(figures.eligibleVoters().toOptional())
                .contains(new EligibleVoters(70_563, EligibleVotersSource.COUNT_FILE));
        assertThat(figures.earlyVotingShare().toOptional()).contains(new Ratio(7_583, 36_040));
        assertThat(figures.proxyShare().toOptional()).contains(new Ratio(3_628, 36_040));
        assertThat(figures.blankRate().toOptional()).contains(new Ratio(104, 36_015));
        assertThat(figures.invalidRate().toOptional()).contains(new Ratio(78, 36_015));
        assertThat(figures.electionDayStations()).isEqualTo(43);
        assertThat(figures.stationsPer1000().toOptional()).contains(new BigDecimal("0.61"));
        assertThat(figures.category()).contains(ElectionCategory.MUNICIPAL_COUNCIL);
    }

    /**
     * Nijmegen GR2022: 79,302 + 217 + 160 = 79,679 votes cast of 147,174 called = 54.14 %; 78 stations ×
     * 1000 / 147,174 = 0.53 per 1000; early 19,922 / 79,713 = 24.99 %.
     */
    @Test
    void nijmegen2022FiguresMatchTheHandComputation() {
        MunicipalTurnout figures = MunicipalFigures.of(RealCounts.nijmegen());

        assertThat(figures.turnout().toOptional().orElseThrow().percent(2)).isEqualByComparingTo("54.14");
        assertThat(figures.stationsPer1000().toOptional()).contains(new BigDecimal("0.53"));
        assertThat(figures.earlyVotingShare().toOptional()).contains(new Ratio(19_922, 79_713));
    }

    /** West Maas en Waal TK2025: 13,697 votes cast of 16,290 = 84.08 %; 11 stations → 0.68 per 1000; no early days. */
    @Test
    void westMaasEnWaal2025UsesTheMunicipalTotal() {
        MunicipalTurnout figures = MunicipalFigures.of(RealCounts.westMaasEnWaal2025());

        assertThat(figures.turnout().toOptional().orElseThrow().percent(2)).isEqualByComparingTo("84.08");
        assertThat(figures.stationsPer1000().toOptional()).contains(new BigDecimal("0.68"));
        assertThat(figures.earlyVotingShare().toOptional()).contains(new Ratio(0, 13_697));
        assertThat(figures.category()).contains(ElectionCategory.HOUSE_OF_REPRESENTATIVES);
    }

    @Test
    void withoutATotalTheCbsEstimateIsUsedAndSaidToBeAnEstimate() {
        ElectionCount count = withoutTotal(RealCounts.westMaasEnWaal2025());
        EligibleVotersEstimate cbs = new EligibleVotersEstimate("GM0668", "WestMaasenWaal", 16_200, 100,
                "CBS maatwerk GR2022");

        MunicipalTurnout figures = MunicipalFigures.of(count, Optional.of(cbs));

        assertThat(figures.eligibleVoters().toOptional())
                .contains(new EligibleVoters(16_200, EligibleVotersSource.CBS_ESTIMATE));
        assertThat(figures.eligibleVoters().caveats()).singleElement().extracting(Reason::message).asString()
                .contains("schatting van het CBS").contains("afgerond op 100");
        assertThat(figures.turnout().toOptional()).contains(new Ratio(13_697, 16_200));
    }

    @Test
    void withoutAnyElectorateTurnoutIsUnknownWithAReason() {
        MunicipalTurnout figures = MunicipalFigures.of(withoutTotal(RealCounts.westMaasEnWaal2025()));

        assertThat(figures.turnout().whyUnknown()).map(Reason::code).contains(ReasonCode.ELIGIBLE_VOTERS_UNKNOWN);
        assertThat(figures.stationsPer1000().isKnown()).isFalse();
        assertThat(figures.votesCast()).isEqualTo(13_697);
    }

    private static ElectionCount withoutTotal(ElectionCount count) {
        return new ElectionCount(count.electionName(), count.electionDate(), count.municipalityCode(),
                count.municipalityName(), 0, count.stations(), List.of());
    }
}
