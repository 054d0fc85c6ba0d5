package nl.stemwerk.turnout.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.RealEnschede;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.station.StationList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AreaCoverageTest {

    @Nested
    class DemoMunicipalitiesWithoutStationCoordinates {
        /**
         * Hilversum GR2022 by wijk: the count gives postcodes only and no open-data station file with
         * coordinates exists, so none of the 43 stations can be placed in one of the 9 wijken. Every station,
         * voter and distance figure must say so instead of showing a number; inhabitants per wijk are not
         * given either.
         */
        @Test
        void hilversumByWijkSaysWhyEachFigureIsMissing() {
            Grouping grouping = byWijk("GM0402", RealCounts.hilversum());

            assertThat(grouping.areas()).hasSize(9).allSatisfy(area -> {
                assertThat(area.level()).isEqualTo(AreaLevel.DISTRICT);
                assertThat(area.electionDayStations().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.STATION_LOCATIONS_UNKNOWN);
                assertThat(area.admittedVoters().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.STATION_LOCATIONS_UNKNOWN);
                assertThat(area.distance().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.STATION_LOCATIONS_UNKNOWN);
                assertThat(area.population().whyUnknown()).map(Reason::code)
                        .contains(ReasonCode.POPULATION_UNKNOWN_FOR_AREA);
                assertThat(area.stationsPer1000().isKnown()).isFalse();
            });
            assertThat(grouping.area("WK040201").orElseThrow().name()).isEqualTo("Wijk 01 Centrum");
            assertThat(grouping.municipality().distance().isKnown()).isFalse();
        }

        /** Nijmegen by wijk: the same for its 9 wijken, and the municipal turnout per district is refused too. */
        @Test
        void nijmegenByWijkInventsNothingEither() {
            Grouping grouping = byWijk("GM0268", RealCounts.nijmegen());

            assertThat(grouping.areas()).hasSize(9)
                    .allSatisfy(area -> assertThat(area.turnout().isKnown()).isFalse());
            assertThat(grouping.municipality().electionDayTurnout().whyUnknown()).map(Reason::code)
                    .contains(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT);
        }

        private Grouping byWijk(String municipality, nl.stemwerk.turnout.count.ElectionCount count) {
            List<Area> wijken = RealAreas.geoJson(RealAreas.WIJKEN_GEOJSON).inMunicipality(municipality).areas();
            return AreaCoverage.of(new CoverageInput(municipality, count.electionDate(), wijken, List.of(), List.of(),
                    new StationList(List.of(), List.of()), Optional.of(count)));
        }
    }

    @Nested
    class EnschedeWithRealCoordinates {
        /**
         * Enschede, stations of 2012 in the wijken of 2014, inhabitants of 2009. Computed independently with a
         * Python script (TopoJSON decoded again, ray-casting point in polygon, shoelace centroids, the same RD
         * formula, brute-force nearest station): stations per wijk 8, 7, 11, 4, 8, 6, 16, 0, 7, 6 = 73 of the
         * 74 stations with coordinates; district 801 falls in no wijk of the coarse 2014 map.
         * Inhabitants (sum of the buurten): WK015300 22,710 → 8 × 1000 / 22,710 = 0.35 per 1000;
         * WK015307 (industrial estate) 330 with no station.
         */
        @Test
        void stationsPerWijkAndPer1000InhabitantsMatchTheIndependentComputation() {
            Grouping grouping = AreaCoverage.of(RealEnschede.byWijk());

            assertThat(grouping.areas()).extracting(a -> a.electionDayStations().toOptional().orElseThrow())
                    .extracting(BigDecimal::intValue).containsExactly(8, 7, 11, 4, 8, 6, 16, 0, 7, 6);
            AreaFigures centre = grouping.area("WK015300").orElseThrow();
            assertThat(centre.population().toOptional().orElseThrow().count()).isEqualTo(22_710);
            assertThat(centre.stationsPer1000().toOptional()).contains(new BigDecimal("0.35"));
            assertThat(centre.stationsPer1000().caveats()).extracting(Reason::code)
                    .contains(ReasonCode.POPULATION_IS_INHABITANTS);
            assertThat(grouping.area("WK015307").orElseThrow().population().toOptional().orElseThrow().count())
                    .isEqualTo(330);
            assertThat(grouping.notes()).singleElement().satisfies(n -> assertThat(n.message())
                    .contains("11").contains("205").contains("306").contains("801"));
        }

        /**
         * Mean distance from buurt centroids weighted by inhabitants (same script): WK015300 294.2 m (max
         * 643.9), WK015304 Enschede-Noord 507.6 m (max 1,553.4), WK015309 rural 910.7 m (max 2,293.6);
         * the whole municipality 369.0 m. Within 2 m: the script does not repair the few rounded buurt shapes.
         */
        @Test
        void populationWeightedDistancesMatchTheIndependentComputation() {
            Grouping grouping = AreaCoverage.of(RealEnschede.byWijk());

            assertDistance(grouping, "WK015300", 294.2, 643.9);
            assertDistance(grouping, "WK015304", 507.6, 1553.4);
            assertDistance(grouping, "WK015309", 910.7, 2293.6);
            assertThat(grouping.municipality().distance().toOptional().orElseThrow().meanMetres())
                    .isCloseTo(369.0, within(2.0));
            assertThat(grouping.area("WK015309").orElseThrow().distance().caveats()).extracting(Reason::message)
                    .anySatisfy(m -> assertThat(m).contains("BU01530900 (1740)"));
            assertThat(grouping.area("WK015300").orElseThrow().distance().toOptional().orElseThrow().method())
                    .isEqualTo(DistanceMethod.NEIGHBOURHOOD_CENTROIDS_BY_POPULATION);
        }

        @Test
        void byBuurtEveryBuurtIsMeasuredFromItsOwnCentroid() {
            Grouping grouping = AreaCoverage.of(RealEnschede.byBuurt());

            assertThat(grouping.areas()).hasSize(70);
            assertThat(grouping.areas()).filteredOn(a -> a.distance().isKnown()).hasSize(68)
                    .allSatisfy(a -> assertThat(a.distance().toOptional().orElseThrow().method())
                            .isEqualTo(DistanceMethod.AREA_CENTROID));
            assertThat(grouping.area("BU01530900").orElseThrow().distance().whyUnknown()).map(Reason::code)
                    .contains(ReasonCode.AREA_WITHOUT_SHAPE);
            assertThat(grouping.areas().stream().mapToDouble(a -> a.electionDayStations().toOptional().orElseThrow()
                    .doubleValue()).sum()).isLessThanOrEqualTo(74);
        }

        private void assertDistance(Grouping grouping, String code, double mean, double max) {
            DistanceToStation distance = grouping.area(code).orElseThrow().distance().toOptional().orElseThrow();
            assertThat(distance.meanMetres()).as(code + " mean").isCloseTo(mean, within(2.0));
            assertThat(distance.maxMetres()).as(code + " max").isCloseTo(max, within(2.0));
        }
    }
}
