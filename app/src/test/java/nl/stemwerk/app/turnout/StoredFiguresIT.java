package nl.stemwerk.app.turnout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.ReasonCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo imports stored in PostgreSQL and loaded again give the figures computed by hand from the real files (the
 * same values as the turnout library's own tests): nothing is lost or changed on the way through the database.
 */
@StemwerkSpringTest
class StoredFiguresIT {
    @Autowired
    TurnoutDataService data;
    @Autowired
    TurnoutFigures figures;

    /** Hilversum GR2022: 36,015 votes cast of 70,563 called = 51.04 %; 43 stations → 0.61 per 1000. */
    @Test
    void hilversumMunicipalFiguresSurviveTheDatabase() {
        ElectionFigures gr2022 = figures.elections(data.load("GM0402")).getFirst();

        assertThat(gr2022.turnout().turnout().toOptional()).contains(new Ratio(36_015, 70_563));
        assertThat(gr2022.turnout().earlyVotingShare().toOptional()).contains(new Ratio(7_583, 36_040));
        assertThat(gr2022.turnout().proxyShare().toOptional()).contains(new Ratio(3_628, 36_040));
        assertThat(gr2022.turnout().stationsPer1000().toOptional()).contains(new BigDecimal("0.61"));
        assertThat(gr2022.count().count().stations()).hasSize(63);
    }

    /**
     * Hilversum PC4 1223: six election-day stations, 6,094 admitted of whom 1,724 early, 619 proxies; turnout 4,375 of
     * 11,752 with the free-choice caveat.
     */
    @Test
    void hilversumPostcode1223MatchesTheHandComputation() {
        TurnoutData hilversum = data.load("GM0402");
        AreaFigures pc1223 = figures.areas(hilversum, AreaLevelChoice.PC4, hilversum.latestCount()).grouping()
                .orElseThrow().area("1223").orElseThrow();

        assertThat(pc1223.electionDayStations().toOptional()).contains(BigDecimal.valueOf(6));
        assertThat(pc1223.admittedVoters().toOptional()).contains(6_094L);
        assertThat(pc1223.earlyVotingShare().toOptional()).contains(new Ratio(1_724, 6_094));
        assertThat(pc1223.proxyShare().toOptional()).contains(new Ratio(619, 6_094));
        assertThat(pc1223.turnout().toOptional()).contains(new Ratio(4_375, 11_752));
    }

    /** Nijmegen GR2022: 54.14 %, an even split of the called voters, so no turnout per PC4; 6511 admitted 7,859. */
    @Test
    void nijmegenHasMunicipalTurnoutButNoneByPostcode() {
        TurnoutData nijmegen = data.load("GM0268");
        ElectionFigures gr2022 = figures.elections(nijmegen).getFirst();
        Grouping byPc4 = figures.areas(nijmegen, AreaLevelChoice.PC4, nijmegen.latestCount()).grouping().orElseThrow();

        assertThat(gr2022.turnout().turnout().toOptional().orElseThrow().percent(2)).isEqualByComparingTo("54.14");
        assertThat(gr2022.assessment().usablePerStation()).isFalse();
        assertThat(byPc4.area("6511").orElseThrow().admittedVoters().toOptional()).contains(7_859L);
        assertThat(byPc4.area("6511").orElseThrow().turnout().whyUnknown()).hasValueSatisfying(
                why -> assertThat(why.code()).isEqualTo(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT));
    }

    /** West Maas en Waal: GR2022 58.01 % and TK2025 84.08 %, a trend of two elections of a different kind. */
    @Test
    void westMaasEnWaalHasATrendOverTwoElections() {
        List<ElectionFigures> elections = figures.elections(data.load("GM0668"));

        assertThat(elections).extracting(e -> e.turnout().turnout().toOptional().orElseThrow().percent(2).toPlainString())
                .containsExactly("58.01", "84.08");
        assertThat(figures.trend(elections).orElseThrow().points().getLast().changeFromPrevious().caveats())
                .extracting(r -> r.code()).containsExactly(ReasonCode.DIFFERENT_KIND_OF_ELECTION);
    }

    /**
     * Enschede by wijk (2012 stations, 2014 map, 2009 inhabitants), computed independently in the library's test:
     * stations per wijk 8, 7, 11, 4, 8, 6, 16, 0, 7, 6; WK015300 22,710 inhabitants → 0.35 per 1000, mean distance
     * 294.2 m.
     */
    @Test
    void enschedeByWijkMatchesTheIndependentComputation() {
        TurnoutData enschede = data.load("GM0153");
        Grouping byWijk = figures.areas(enschede, AreaLevelChoice.WIJK, Optional.empty()).grouping().orElseThrow();

        assertThat(byWijk.areas()).extracting(a -> a.electionDayStations().toOptional().orElseThrow().intValue())
                .containsExactly(8, 7, 11, 4, 8, 6, 16, 0, 7, 6);
        AreaFigures centre = byWijk.area("WK015300").orElseThrow();
        assertThat(centre.population().toOptional().orElseThrow().count()).isEqualTo(22_710);
        assertThat(centre.stationsPer1000().toOptional()).contains(new BigDecimal("0.35"));
        assertThat(centre.distance().toOptional().orElseThrow().meanMetres()).isCloseTo(294.2, within(2.0));
    }
}
