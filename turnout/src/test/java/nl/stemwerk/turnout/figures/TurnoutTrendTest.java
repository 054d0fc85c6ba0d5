package nl.stemwerk.turnout.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.stemwerk.turnout.RealCounts;
import org.junit.jupiter.api.Test;

class TurnoutTrendTest {

    /**
     * West Maas en Waal: GR2022 9,398 / 16,202 = 58.0052 %, TK2025 13,697 / 16,290 = 84.0823 %;
     * change +26.08 percentage points, with the caveat that a council and a parliament election differ.
     */
    @Test
    void westMaasEnWaalTrendShowsTheChangeWithADifferentKindCaveat() {
        TurnoutTrend trend = TurnoutTrend.of(List.of(
                MunicipalFigures.of(RealCounts.westMaasEnWaal2025()),
                MunicipalFigures.of(RealCounts.westMaasEnWaal2022())));

        assertThat(trend.municipalityCode()).isEqualTo("GM0668");
        assertThat(trend.points()).extracting(p -> p.turnout().electionName())
                .containsExactly("Gemeenteraad West Maas en Waal 2022", "Tweede Kamer der Staten-Generaal 2025");
        assertThat(trend.points().getFirst().changeFromPrevious().isKnown()).isFalse();
        Figure<BigDecimal> change = trend.points().get(1).changeFromPrevious();
        assertThat(change.toOptional().orElseThrow()).isEqualByComparingTo("26.08");
        assertThat(change.caveats()).extracting(Reason::code).containsExactly(ReasonCode.DIFFERENT_KIND_OF_ELECTION);
    }

    @Test
    void aTrendOverTwoMunicipalitiesIsRefused() {
        assertThatThrownBy(() -> TurnoutTrend.of(List.of(MunicipalFigures.of(RealCounts.hilversum()),
                MunicipalFigures.of(RealCounts.nijmegen()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("één gemeente");
    }
}
