package nl.stemwerk.turnout.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stemwerk.turnout.RealCounts;
import org.junit.jupiter.api.Test;

class StationFiguresTest {

    private static StationFigures station(List<StationFigures> all, int number) {
        return all.stream().filter(s -> s.number() == number).findFirst().orElseThrow();
    }

    /**
     * Hilversum station 1 (Raadhuis): 1,283 admitted, 145 proxies → 11.30 %; votes cast 1,278 + 4 + 3 =
     * 1,285 of 1,623 called = 79.17 %, shown with the free-choice caveat. Open 07:30–21:00 = 13.5 h →
     * 1,283 / 13.5 = 95.0 voters per hour.
     */
    @Test
    void hilversumRaadhuisHasLoadPerHourProxyShareAndACaveatedTurnout() {
        List<StationFigures> all = StationFigures.allOf(RealCounts.hilversum(), Map.of(1, Duration.ofMinutes(810)));

        StationFigures raadhuis = station(all, 1);
        assertThat(raadhuis.admittedVoters()).isEqualTo(1_283);
        assertThat(raadhuis.admittedPerOpeningHour().toOptional()).contains(new BigDecimal("95.0"));
        assertThat(raadhuis.proxyShare().toOptional()).contains(new Ratio(145, 1_283));
        assertThat(raadhuis.blankRate().toOptional()).contains(new Ratio(4, 1_285));
        assertThat(raadhuis.calledVotersTurnout().toOptional()).contains(new Ratio(1_285, 1_623));
        assertThat(raadhuis.calledVotersTurnout().caveats()).extracting(Reason::code)
                .containsExactly(ReasonCode.FREE_CHOICE_OF_STATION);
    }

    @Test
    void hilversumStationFortyOneGetsNoTurnoutButTheReason() {
        StationFigures station41 = station(StationFigures.allOf(RealCounts.hilversum(), Map.of()), 41);

        Reason why = station41.calledVotersTurnout().whyUnknown().orElseThrow();
        assertThat(why.code()).isEqualTo(ReasonCode.CALLED_VOTERS_BELOW_ADMITTED);
        assertThat(why.message()).contains("101,5 keer zoveel");
        assertThat(station41.admittedPerOpeningHour().whyUnknown()).map(Reason::code)
                .contains(ReasonCode.OPENING_HOURS_UNKNOWN);
    }

    @Test
    void nijmegenStationsGetNoTurnoutBecauseOfTheEvenSplit() {
        List<StationFigures> all = StationFigures.allOf(RealCounts.nijmegen(), Map.of());

        assertThat(all).filteredOn(s -> !s.votingDay().early()).hasSize(78).allSatisfy(s ->
                assertThat(s.calledVotersTurnout().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT));
        assertThat(all).filteredOn(s -> s.votingDay().early()).hasSize(60).allSatisfy(s ->
                assertThat(s.calledVotersTurnout().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.EARLY_VOTING_HAS_NO_DISTRICT));
    }

    /** West Maas en Waal TK2025 station 10 (VTC Wamel): 2 proxies of 1,701 admitted; blank 11 of 1,701. */
    @Test
    void westMaasEnWaalVtcWamelHasAnUnusuallyLowProxyShare() {
        StationFigures wamel = station(StationFigures.allOf(RealCounts.westMaasEnWaal2025(), Map.of()), 10);

        assertThat(wamel.proxyShare().toOptional()).contains(new Ratio(2, 1_701));
        assertThat(wamel.blankRate().toOptional()).contains(new Ratio(11, 1_701));
        assertThat(wamel.calledVotersTurnout().isKnown()).isFalse();
    }
}
