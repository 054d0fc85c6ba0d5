package nl.stemwerk.turnout.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.RealEnschede;
import nl.stemwerk.turnout.coverage.AreaCoverage;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.coverage.PostcodeFigures;
import nl.stemwerk.turnout.station.StationList;
import org.junit.jupiter.api.Test;

class StationPlanningTest {

    /**
     * Enschede by wijk (no count, so no turnout; weights coverage 0.4 and distance 0.4). Municipal people per
     * station 156,130 / 73 = 2,138.77.
     * <ul>
     *   <li>WK015309 rural: coverage 1 − 6 × 2,138.77 / 8,410 &lt; 0 → 0; distance (910.7 − 500) / 1,500 =
     *       0.274; need 0.137; reach 1 → priority 0.137, extra station;</li>
     *   <li>WK015300 centre: coverage 1 − 8 × 2,138.77 / 22,710 = 0.247; distance 0; need 0.123 → 0.123;</li>
     *   <li>WK015307 industrial estate: coverage 1 (no station); distance (1,146.7 − 500) / 1,500 = 0.431;
     *       need 0.716; reach 330 / 2,138.77 = 0.154 → priority 0.110, mobile station;</li>
     *   <li>WK015301, 302 and 305 have more stations per person than the municipality and are within 500 m:
     *       priority 0, ordered by population (23,440; 12,190; 8,740).</li>
     * </ul>
     */
    @Test
    void enschedeRankingFollowsTheDocumentedFormula() {
        Ranking ranking = StationPlanning.rank(AreaCoverage.of(RealEnschede.byWijk()));

        assertThat(ranking.ranked()).extracting(r -> r.area().code()).startsWith("WK015309", "WK015300", "WK015307")
                .endsWith("WK015302", "WK015301", "WK015305");
        RankedArea rural = ranking.ranked().getFirst();
        assertThat(rural.priority()).isEqualByComparingTo("0.137");
        assertThat(rural.suggestion()).isEqualTo(Suggestion.EXTRA_STATION);
        assertThat(rural.reasons()).anySatisfy(r -> assertThat(r).contains("gemiddeld 911 m"))
                .anySatisfy(r -> assertThat(r).contains("De opkomst weten we hier niet"))
                .anySatisfy(r -> assertThat(r).contains("Het verste punt ligt 2,3 km"));
        RankedArea industrial = ranking.ranked().get(2);
        assertThat(industrial.need()).isEqualByComparingTo("0.716");
        assertThat(industrial.reach()).isEqualByComparingTo("0.154");
        assertThat(industrial.priority()).isEqualByComparingTo("0.110");
        assertThat(industrial.suggestion()).isEqualTo(Suggestion.MOBILE_STATION);
        assertThat(industrial.reasons()).anySatisfy(r -> assertThat(r).contains("Hier wonen 330 inwoners")
                .contains("mobiel stembureau"));
        assertThat(ranking.ranked().get(1).priority()).isEqualByComparingTo("0.123");
        assertThat(ranking.ranked().getLast().suggestion()).isEqualTo(Suggestion.NO_CHANGE);
        assertThat(ranking.notRanked()).isEmpty();
    }

    /**
     * Hilversum by PC4: only turnout is known (no population, no distances). The municipal election-day
     * turnout over the unflagged stations is the baseline. Lowest: PC4 1221 (stations 31 and 33: 959 votes cast
     * of 4,588 called = 20.9 %), then 1222 (2,500 of 10,003 = 25.0 %); 1223 (37.2 %) comes later.
     */
    @Test
    void hilversumByPostcodeIsRankedOnTurnoutAloneAndSaysWhatIsMissing() {
        Ranking ranking = StationPlanning.rank(PostcodeFigures.of(RealCounts.hilversum(), List.of()));

        assertThat(ranking.ranked()).extracting(r -> r.area().code()).startsWith("1221", "1222")
                .containsSubsequence("1222", "1223");
        assertThat(ranking.ranked().getFirst().reasons())
                .anySatisfy(r -> assertThat(r).startsWith("De opkomst bij de stembureaus hier was 20,9%"))
                .anySatisfy(r -> assertThat(r).startsWith("Het aantal stembureaus per 1000 mensen weten we hier niet"));
        assertThat(ranking.notRanked()).extracting(u -> u.area().code())
                .as("areas holding a station whose called voters are not a district").contains("1211", "1216", "1217");
    }

    /** Nijmegen by wijk has nothing to score: every area is listed as not ranked, with the reason. */
    @Test
    void nijmegenByWijkRanksNothingAndSaysWhy() {
        var count = RealCounts.nijmegen();
        Grouping grouping = AreaCoverage.of(new CoverageInput("GM0268", count.electionDate(),
                RealAreas.geoJson(RealAreas.WIJKEN_GEOJSON).inMunicipality("GM0268").areas(), List.of(), List.of(),
                new StationList(List.of(), List.of()), Optional.of(count)));

        Ranking ranking = StationPlanning.rank(grouping);

        assertThat(ranking.ranked()).isEmpty();
        assertThat(ranking.notRanked()).hasSize(9)
                .allSatisfy(u -> assertThat(u.reason()).contains("Van geen enkel stembureau weten we waar het ligt"));
    }
}
