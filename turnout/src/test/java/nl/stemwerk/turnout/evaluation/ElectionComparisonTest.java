package nl.stemwerk.turnout.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.coverage.PostcodeFigures;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalFigures;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import org.junit.jupiter.api.Test;

class ElectionComparisonTest {

    private static AreaComparison area(List<AreaComparison> all, String code) {
        return all.stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * West Maas en Waal, share of voters by proxy per PC4, GR2022 → TK2025 (computed by hand from the
     * "geldig volmachtbewijs" and "toegelaten kiezers" rows):
     * <ul>
     *   <li>6658: 436 / 3,191 = 13.7 % → 506 / 4,993 = 10.1 %, z = −4.88: a clear decrease;</li>
     *   <li>6626: 93 / 810 = 11.5 % → 138 / 1,190 = 11.6 %, z = 0.08: no clear change;</li>
     *   <li>6659: 169 / 1,162 → 2 / 1,701; only 2 proxies in 2025, fewer than 10: too few for the test.</li>
     * </ul>
     */
    @Test
    void westMaasEnWaalProxySharesPerPostcodeBetweenTwoElections() {
        List<AreaComparison> comparisons = ElectionComparison.compare(
                PostcodeFigures.of(RealCounts.westMaasEnWaal2022(), List.of()),
                PostcodeFigures.of(RealCounts.westMaasEnWaal2025(), List.of()), Measure.PROXY_SHARE);

        ProportionComparison centre = area(comparisons, "6658").comparison().toOptional().orElseThrow();
        assertThat(centre.before()).isEqualTo(new Ratio(436, 3_191));
        assertThat(centre.after()).isEqualTo(new Ratio(506, 4_993));
        assertThat(centre.z()).isCloseTo(-4.879, within(0.001));
        assertThat(centre.verdict()).isEqualTo(Verdict.CLEAR_DECREASE);
        assertThat(area(comparisons, "6626").comparison().toOptional().orElseThrow().verdict())
                .isEqualTo(Verdict.NO_CLEAR_CHANGE);
        assertThat(area(comparisons, "6659").comparison().toOptional().orElseThrow().verdict())
                .isEqualTo(Verdict.TOO_FEW);
    }

    /** Turnout per PC4 cannot be compared: TK2025 has no called voters per station. */
    @Test
    void turnoutPerPostcodeIsNotComparedWhenOneElectionHasNoDistricts() {
        List<AreaComparison> comparisons = ElectionComparison.compare(
                PostcodeFigures.of(RealCounts.westMaasEnWaal2022(), List.of()),
                PostcodeFigures.of(RealCounts.westMaasEnWaal2025(), List.of()), Measure.TURNOUT);

        assertThat(comparisons).isNotEmpty().allSatisfy(c -> assertThat(c.comparison().whyUnknown()).map(Reason::code)
                .contains(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT));
    }

    /** Share of the municipality's voters: 6658 had 3,191 of 9,398 (34.0 %) and 4,993 of 13,697 (36.5 %). */
    @Test
    void shareOfTheMunicipalVotersPerPostcode() {
        List<AreaComparison> comparisons = ElectionComparison.compare(
                PostcodeFigures.of(RealCounts.westMaasEnWaal2022(), List.of()),
                PostcodeFigures.of(RealCounts.westMaasEnWaal2025(), List.of()), Measure.SHARE_OF_MUNICIPAL_VOTERS);

        ProportionComparison centre = area(comparisons, "6658").comparison().toOptional().orElseThrow();
        assertThat(centre.before()).isEqualTo(new Ratio(3_191, 9_398));
        assertThat(centre.after()).isEqualTo(new Ratio(4_993, 13_697));
    }

    /** 58.0 % → 84.1 %: a clear increase, but a council and a parliament election differ, and we say so. */
    @Test
    void municipalTurnoutAcrossKindsOfElectionCarriesAWarning() {
        Figure<ProportionComparison> comparison = ElectionComparison.compare(
                MunicipalFigures.of(RealCounts.westMaasEnWaal2022()), MunicipalFigures.of(RealCounts.westMaasEnWaal2025()));

        assertThat(comparison.toOptional().orElseThrow().verdict()).isEqualTo(Verdict.CLEAR_INCREASE);
        assertThat(comparison.toOptional().orElseThrow().changePercentagePoints()).isEqualByComparingTo("26.08");
        assertThat(comparison.caveats()).extracting(Reason::code).containsExactly(ReasonCode.DIFFERENT_KIND_OF_ELECTION);
    }

    /**
     * Nijmegen's PC4 7039 exists only through the postcode typo of column 159. Compared with the same count
     * without that column, 7039 is in one of the two only.
     */
    @Test
    void anAreaInOnlyOneElectionIsNotComparable() {
        ElectionCount original = RealCounts.nijmegen();
        ElectionCount without159 = new ElectionCount(original.electionName(), original.electionDate(),
                original.municipalityCode(), original.municipalityName(), original.calledVotersTotal(),
                original.stations().stream().filter(s -> s.number() != 159).toList(), List.of());

        List<AreaComparison> comparisons = ElectionComparison.compare(PostcodeFigures.of(original, List.of()),
                PostcodeFigures.of(without159, List.of()), Measure.PROXY_SHARE);

        assertThat(area(comparisons, "7039").comparison().whyUnknown()).hasValueSatisfying(
                why -> assertThat(why.message()).contains("maar in één van de twee verkiezingen"));
    }
}
