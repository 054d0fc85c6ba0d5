package nl.stemwerk.turnout.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.coverage.internal.MeasuringPoints;
import nl.stemwerk.turnout.coverage.internal.StationIndex;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalFigures;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.geo.Area;

/** The municipality's figures computed the same way as the areas' (see {@link Baseline}). */
final class MunicipalBaseline {
    private MunicipalBaseline() {
    }

    static Figure<BigDecimal> stationsPer1000(List<AreaFigures> areas) {
        List<AreaFigures> known = withPopulationAndStations(areas);
        if (known.isEmpty()) {
            return Figure.unknown(ReasonCode.POPULATION_UNKNOWN_FOR_AREA,
                    "Er is geen gebied met zowel een bekend aantal stembureaus als een bekend aantal mensen.");
        }
        double stations = known.stream().mapToDouble(a -> a.electionDayStations().toOptional().orElseThrow().doubleValue()).sum();
        long people = known.stream().mapToLong(a -> a.population().toOptional().orElseThrow().count()).sum();
        return people == 0 ? Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY, "Er wonen geen mensen in de gebieden.")
                : Figure.known(MunicipalFigures.perThousand(stations, people));
    }

    static Figure<BigDecimal> populationPerStation(List<AreaFigures> areas) {
        List<AreaFigures> known = withPopulationAndStations(areas);
        BigDecimal stations = known.stream().map(a -> a.electionDayStations().toOptional().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (stations.signum() == 0) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Er is geen gebied met een stembureau en een bekend aantal mensen.");
        }
        long people = known.stream().mapToLong(a -> a.population().toOptional().orElseThrow().count()).sum();
        return Figure.known(BigDecimal.valueOf(people).divide(stations, 2, RoundingMode.HALF_UP));
    }

    private static List<AreaFigures> withPopulationAndStations(List<AreaFigures> areas) {
        return areas.stream().filter(a -> a.population().isKnown() && a.electionDayStations().isKnown()).toList();
    }

    /** Votes cast / called voters over the election-day stations that describe a real district. */
    static Figure<Ratio> electionDayTurnout(Optional<ElectionCount> count, Optional<CalledVotersAssessment> assessment) {
        if (count.isEmpty()) {
            return Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY, "Er is geen telling opgegeven.");
        }
        if (!assessment.orElseThrow().usablePerStation()) {
            return Figure.unknown(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT,
                    assessment.get().findings().getFirst().explanation());
        }
        List<StationCount> districts = count.get().electionDayStations().stream()
                .filter(s -> !assessment.get().flags(s.number())).toList();
        long called = districts.stream().mapToLong(StationCount::calledVoters).sum();
        long cast = districts.stream().mapToLong(StationCount::votesCast).sum();
        return called == 0 ? Figure.unknown(ReasonCode.NOTHING_TO_DIVIDE_BY, "Geen opgeroepen kiezers per stembureau.")
                : Figure.known(new Ratio(cast, called), CalledVotersAssessment.caveat());
    }

    static Figure<DistanceToStation> distance(List<Area> areas, MeasuringPoints measuring, StationIndex nearest) {
        if (nearest.isEmpty()) {
            return Figure.unknown(ReasonCode.STATION_LOCATIONS_UNKNOWN, "Van geen enkel stembureau is de plek bekend.");
        }
        List<MeasuringPoints.WeightedPoint> all = new ArrayList<>();
        DistanceMethod method = DistanceMethod.NEIGHBOURHOOD_CENTROIDS_BY_POPULATION;
        for (Area area : areas) {
            Optional<MeasuringPoints.Measured> measured = measuring.of(area);
            if (measured.isPresent()) {
                all.addAll(measured.get().points());
                if (measured.get().method() == DistanceMethod.AREA_CENTROID) {
                    method = DistanceMethod.AREA_CENTROID;
                }
            }
        }
        if (all.isEmpty()) {
            return Figure.unknown(ReasonCode.AREA_WITHOUT_SHAPE, "Geen enkel gebied heeft een vorm.");
        }
        return Figure.known(new MeasuringPoints.Measured(all, method, List.of()).distanceTo(nearest));
    }
}
