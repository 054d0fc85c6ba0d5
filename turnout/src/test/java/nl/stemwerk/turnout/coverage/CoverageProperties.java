package nl.stemwerk.turnout.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.Synthetic;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.planning.AreaChange;
import nl.stemwerk.turnout.planning.ProposedStation;
import nl.stemwerk.turnout.planning.ProposedStop;
import nl.stemwerk.turnout.planning.WhatIf;
import nl.stemwerk.turnout.planning.WhatIfResult;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;

class CoverageProperties {
    private static final int SIZE = 3;

    @Provide
    Arbitrary<GeoPoint> pointsInTheGrid() {
        Arbitrary<Double> fraction = Arbitraries.doubles().between(0.001, 0.999).ofScale(4);
        return Combinators.combine(fraction, fraction).as((north, east) -> Synthetic.point(SIZE, north, east));
    }

    private static CoverageInput input(List<GeoPoint> stationPoints) {
        List<StationListing> stations = new ArrayList<>();
        for (int i = 0; i < stationPoints.size(); i++) {
            stations.add(Synthetic.fixedStation(i + 1, stationPoints.get(i)));
        }
        return new CoverageInput("GM0999", Synthetic.DAY, Synthetic.grid(SIZE), List.of(), List.of(),
                new StationList(stations, List.of()), Optional.empty());
    }

    @Property(tries = 200)
    void addingAStationNeverIncreasesAnyDistance(
            @ForAll @Size(min = 1, max = 8) List<@From("pointsInTheGrid") GeoPoint> stations,
            @ForAll("pointsInTheGrid") GeoPoint proposal) {
        WhatIfResult result = WhatIf.addStation(input(stations), new ProposedStation("Nieuw", PollingStationType.FIXED,
                List.of(new ProposedStop(proposal, Synthetic.allDay()))));

        for (AreaChange change : result.changes()) {
            DistanceToStation before = change.before().distance().toOptional().orElseThrow();
            DistanceToStation after = change.after().distance().toOptional().orElseThrow();
            assertThat(after.meanMetres()).isLessThanOrEqualTo(before.meanMetres() + 1e-6);
            assertThat(after.maxMetres()).isLessThanOrEqualTo(before.maxMetres() + 1e-6);
        }
    }

    @Property(tries = 200)
    void everyStationInsideTheGridIsCountedInExactlyOneArea(
            @ForAll @Size(min = 0, max = 12) List<@From("pointsInTheGrid") GeoPoint> stations) {
        Grouping grouping = AreaCoverage.of(input(stations));

        BigDecimal counted = grouping.areas().stream().map(a -> a.electionDayStations().toOptional().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(counted).isEqualByComparingTo(BigDecimal.valueOf(stations.size()));
    }

    @Property(tries = 100)
    void aStationInsideAnAreaMakesItsCentroidDistanceAtMostHalfTheCellDiagonal(
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double north,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double east) {
        Grouping grouping = AreaCoverage.of(input(List.of(Synthetic.point(1, north, east))));

        AreaFigures cell = grouping.area("WK099900").orElseThrow();
        assertThat(cell.electionDayStations().toOptional()).contains(BigDecimal.ONE.setScale(2));
        // A 0.02° cell at 52° N is about 1,372 m wide and 2,224 m high: half its diagonal is about 1,307 m.
        assertThat(cell.distance().toOptional().orElseThrow().meanMetres()).isLessThan(1_310);
    }
}
