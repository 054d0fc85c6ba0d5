package nl.stemwerk.turnout.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.RealEnschede;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.station.OpeningWindow;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class WhatIfTest {
    private static final OpeningWindow ALL_DAY = new OpeningWindow(LocalDateTime.of(2012, 9, 12, 7, 30),
            LocalDateTime.of(2012, 9, 12, 21, 0));

    private static GeoPoint centreOf(CoverageInput input, String buurtCode) {
        Area buurt = input.neighbourhoods().stream().filter(a -> a.code().equals(buurtCode)).findFirst().orElseThrow();
        Point centre = buurt.shape().orElseThrow().getInteriorPoint();
        return new GeoPoint(centre.getY(), centre.getX());
    }

    /** A fixed station in Dorp Boekelo (BU01530901, wijk 09): the rural wijk gets 7 stations and gets closer. */
    @Test
    void aFixedStationInBoekeloAddsAStationToTheRuralWijkAndShortensItsDistance() {
        CoverageInput input = RealEnschede.byWijk();
        ProposedStation boekelo = new ProposedStation("Dorpshuis Boekelo", PollingStationType.FIXED,
                List.of(new ProposedStop(centreOf(input, "BU01530901"), ALL_DAY)));

        WhatIfResult result = WhatIf.addStation(input, boekelo);

        assertThat(result.stationNumber()).as("one above the highest district, 905").isEqualTo(906);
        AreaChange rural = result.changes().stream().filter(c -> c.before().code().equals("WK015309"))
                .findFirst().orElseThrow();
        assertThat(rural.stationChange()).contains(BigDecimal.ONE.setScale(2));
        assertThat(rural.meanDistanceChangeMetres()).hasValueSatisfying(d -> assertThat(d).isNegative());
        assertThat(result.changedAreas()).extracting(c -> c.before().code()).contains("WK015309");
        assertThat(result.changes()).allSatisfy(c -> assertThat(c.meanDistanceChangeMetres().orElseThrow())
                .isLessThanOrEqualTo(1e-9));
    }

    /**
     * A mobile station 1.5 hours in the industrial estate (wijk 07) and 1.5 hours in Boekelo (wijk 09):
     * each wijk gains 1.5 / 13.5 = 0.11 of a station.
     */
    @Test
    void aMobileStationCountsForItsShareOfTheOpeningDayInEachWijk() {
        CoverageInput input = RealEnschede.byWijk();
        ProposedStation bus = new ProposedStation("Stembus", PollingStationType.MOBILE, List.of(
                new ProposedStop(centreOf(input, "BU01530700"), new OpeningWindow(LocalDateTime.of(2012, 9, 12, 9, 0),
                        LocalDateTime.of(2012, 9, 12, 10, 30))),
                new ProposedStop(centreOf(input, "BU01530901"), new OpeningWindow(LocalDateTime.of(2012, 9, 12, 12, 0),
                        LocalDateTime.of(2012, 9, 12, 13, 30)))));

        WhatIfResult result = WhatIf.addStation(input, bus);

        assertThat(result.changedAreas()).extracting(c -> c.before().code()).contains("WK015307", "WK015309");
        assertThat(result.changedAreas()).filteredOn(c -> c.stationChange().orElseThrow().signum() != 0)
                .allSatisfy(c -> assertThat(c.stationChange()).contains(new BigDecimal("0.11")));
    }

    @Test
    void aProposalOnAnotherDayIsRefused() {
        CoverageInput input = RealEnschede.byWijk();
        ProposedStation wrongDay = new ProposedStation("Te vroeg", PollingStationType.FIXED, List.of(new ProposedStop(
                new GeoPoint(52.22, 6.89), new OpeningWindow(LocalDateTime.of(2012, 9, 11, 7, 30),
                LocalDateTime.of(2012, 9, 11, 21, 0)))));

        assertThatThrownBy(() -> WhatIf.addStation(input, wrongDay)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("verkiezingsdag");
    }

    @Test
    void aFixedStationAtTwoPlacesIsRefused() {
        assertThatThrownBy(() -> new ProposedStation("Twee plekken", PollingStationType.FIXED, List.of(
                new ProposedStop(new GeoPoint(52.2, 6.9), ALL_DAY), new ProposedStop(new GeoPoint(52.3, 6.9), ALL_DAY))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mobiel");
    }
}
