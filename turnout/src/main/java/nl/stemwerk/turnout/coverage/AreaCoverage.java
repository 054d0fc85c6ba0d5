package nl.stemwerk.turnout.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.coverage.internal.AreaRules;
import nl.stemwerk.turnout.coverage.internal.MeasuringPoints;
import nl.stemwerk.turnout.coverage.internal.PlacedStations;
import nl.stemwerk.turnout.coverage.internal.PopulationLookup;
import nl.stemwerk.turnout.coverage.internal.StationIndex;
import nl.stemwerk.turnout.coverage.internal.VoterTotals;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.CalledVotersCheck;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.internal.text.Dutch;

/**
 * Coverage of a municipality per CBS wijk or buurt: election-day stations, stations per 1000, the voters
 * at the stations in the area, turnout where the count has real districts, and the distance to the nearest
 * station (see {@link DistanceMethod}). Stations are placed by coordinates (point in polygon), or by the
 * wijk or buurt code of the open-data file.
 */
public final class AreaCoverage {
    private AreaCoverage() {
    }

    public static Grouping of(CoverageInput input) {
        String levelName = input.level().dutchName();
        PopulationLookup population = new PopulationLookup(input.population());
        PlacedStations placed = new PlacedStations(input.stations(), input.areas(), input.level(), input.electionDay());
        StationIndex nearest = new StationIndex(placed.electionDayPoints());
        MeasuringPoints measuring = new MeasuringPoints(input.neighbourhoods(), population);
        Optional<CalledVotersAssessment> assessment = input.count().map(CalledVotersCheck::assess);
        Map<String, VoterTotals> voters = new HashMap<>();
        List<Integer> countColumnsWithoutArea = new ArrayList<>();
        input.count().ifPresent(count -> count.stations().forEach(station -> placed.areaOf(station.number())
                .ifPresentOrElse(code -> voters.computeIfAbsent(code, k -> new VoterTotals())
                        .add(station, assessment.orElseThrow()), () -> countColumnsWithoutArea.add(station.number()))));

        Reason noLocations = new Reason(ReasonCode.STATION_LOCATIONS_UNKNOWN, "Van geen enkel stembureau weten we waar "
                + "het ligt: er zijn geen coördinaten en geen wijk- of buurtcodes. Daarom kunnen we de stembureaus "
                + "niet per " + levelName + " tellen en geen afstanden berekenen.");
        List<Reason> stationCaveats = placed.unplaced().isEmpty() ? List.of()
                : List.of(new Reason(ReasonCode.STATION_LOCATIONS_UNKNOWN, "Stembureau " + Dutch.list(placed.unplaced())
                + " kon niet in een " + levelName + " worden geplaatst en telt hier niet mee."));
        List<AreaFigures> areas = new ArrayList<>();
        for (Area area : input.areas()) {
            Figure<BigDecimal> stations = placed.anyPlaced()
                    ? Figure.known(placed.weightIn(area.code()).setScale(2, RoundingMode.HALF_UP), stationCaveats)
                    : Figure.unknown(noLocations);
            Figure<AreaPopulation> people = AreaRules.population(population.of(area.code(), area.name()), levelName);
            AreaRules.Voters areaVoters = areaVoters(input, placed, noLocations, assessment,
                    voters.getOrDefault(area.code(), new VoterTotals()));
            areas.add(new AreaFigures(area.code(), area.name(), input.level(), stations, people,
                    AreaRules.stationsPer1000(stations, people), areaVoters.admitted(), areaVoters.earlyShare(),
                    areaVoters.proxyShare(), areaVoters.turnout(), distance(area, measuring, nearest, noLocations)));
        }
        areas.sort(Comparator.comparing(AreaFigures::code));
        List<Reason> notes = new ArrayList<>(stationCaveats);
        if (!countColumnsWithoutArea.isEmpty() && placed.anyPlaced()) {
            notes.add(new Reason(ReasonCode.STATION_LOCATIONS_UNKNOWN, "De kolommen " + Dutch.list(countColumnsWithoutArea)
                    + " van de telling horen bij geen stembureau met een bekende plek. Hun kiezers tellen in geen "
                    + levelName + " mee."));
        }
        Baseline baseline = new Baseline(MunicipalBaseline.stationsPer1000(areas),
                MunicipalBaseline.populationPerStation(areas),
                MunicipalBaseline.electionDayTurnout(input.count(), assessment),
                MunicipalBaseline.distance(input.areas(), measuring, nearest));
        return new Grouping(input.municipalityCode(), input.level(), areas, baseline, notes);
    }

    private static AreaRules.Voters areaVoters(CoverageInput input, PlacedStations placed, Reason noLocations,
                                               Optional<CalledVotersAssessment> assessment, VoterTotals totals) {
        if (input.count().isEmpty()) {
            return AreaRules.Voters.unknown(new Reason(ReasonCode.NOTHING_TO_DIVIDE_BY,
                    "Er is geen telling opgegeven, dus er zijn geen kiezers per gebied."));
        }
        if (!placed.anyPlaced()) {
            return AreaRules.Voters.unknown(noLocations);
        }
        return AreaRules.voters(totals, assessment.orElseThrow(), input.count().get());
    }

    private static Figure<DistanceToStation> distance(Area area, MeasuringPoints measuring, StationIndex nearest,
                                                      Reason noLocations) {
        if (nearest.isEmpty()) {
            return Figure.unknown(noLocations);
        }
        Optional<MeasuringPoints.Measured> points = measuring.of(area);
        if (points.isEmpty()) {
            return Figure.unknown(ReasonCode.AREA_WITHOUT_SHAPE, "Dit gebied heeft geen vorm in het kaartbestand, "
                    + "dus we weten niet waar we de afstand vanaf moeten meten.");
        }
        List<Reason> caveats = new ArrayList<>(List.of(new Reason(ReasonCode.STRAIGHT_LINE_DISTANCE,
                "Afstand in rechte lijn, " + points.get().method().dutchDescription() + ".")));
        if (!points.get().leftOut().isEmpty()) {
            caveats.add(new Reason(ReasonCode.AREA_WITHOUT_SHAPE, "Buurten zonder vorm in het kaartbestand tellen "
                    + "niet mee (code en inwoners): " + String.join(", ", points.get().leftOut()) + "."));
        }
        return Figure.known(points.get().distanceTo(nearest), caveats);
    }
}
