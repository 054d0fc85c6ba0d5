package nl.stemwerk.turnout.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.Baseline;
import nl.stemwerk.turnout.coverage.DistanceToStation;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.internal.text.Dutch;

/**
 * Ranks the areas of a grouping by where an extra or mobile polling station is most worth it.
 *
 * <p>Three shortages, each from 0 (none) to 1 (large), computed only where the data supports them:
 * <ul>
 *   <li>coverage: 1 − (stations per person in the area ÷ the municipality's), at least 0;</li>
 *   <li>turnout: (municipal turnout − area turnout) ÷ 20 percentage points, between 0 and 1;</li>
 *   <li>distance: (mean distance − 500 m) ÷ 1,500 m, between 0 and 1. 500 m is about the national mean
 *       distance to a polling place (409 m, Open State Foundation 2022); 2 km or more counts as the worst.</li>
 * </ul>
 * need = weighted mean of the known shortages ({@link PlanningWeights}); reach = min(1, people in the area ÷
 * the municipality's people per election-day station), 1 when the area's population is unknown;
 * priority = need × reach. A station for fewer people than one station usually serves is still worth a
 * mobile station, hence the suggestion {@link Suggestion#MOBILE_STATION} when reach is below 1. Ties go to
 * the area with more people.
 */
public final class StationPlanning {
    private static final double TURNOUT_GAP_FOR_MAXIMUM = 0.20;
    private static final double DISTANCE_WITHOUT_SHORTAGE = 500;
    private static final double DISTANCE_SPAN = 1_500;
    private static final double FAR_FARTHEST_POINT = 2_000;

    private StationPlanning() {
    }

    public static Ranking rank(Grouping grouping) {
        return rank(grouping, PlanningWeights.DEFAULT);
    }

    public static Ranking rank(Grouping grouping, PlanningWeights weights) {
        List<Scored> scored = new ArrayList<>();
        List<UnrankedArea> notRanked = new ArrayList<>();
        for (AreaFigures area : grouping.areas()) {
            score(area, grouping.municipality(), weights).ifPresentOrElse(scored::add,
                    () -> notRanked.add(new UnrankedArea(area, "Van dit gebied is geen dekking, opkomst of afstand "
                            + "bekend. " + firstReason(area))));
        }
        scored.sort(Comparator.comparing(Scored::priority).reversed()
                .thenComparing(Comparator.comparingLong(Scored::people).reversed())
                .thenComparing(s -> s.area.code()));
        List<RankedArea> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new RankedArea(i + 1, s.area, scale(s.priority), scale(s.need), scale(s.reach), s.suggestion,
                    s.reasons));
        }
        return new Ranking(ranked, notRanked);
    }

    private record Scored(AreaFigures area, double priority, double need, double reach, long people,
                          Suggestion suggestion, List<String> reasons) {
    }

    private static Optional<Scored> score(AreaFigures area, Baseline municipality, PlanningWeights weights) {
        List<String> reasons = new ArrayList<>();
        double weighted = 0;
        double weightSum = 0;
        Optional<Double> coverage = coverageGap(area, municipality, reasons);
        if (coverage.isPresent()) {
            weighted += weights.coverage() * coverage.get();
            weightSum += weights.coverage();
        }
        Optional<Double> turnout = turnoutGap(area, municipality, reasons);
        if (turnout.isPresent()) {
            weighted += weights.turnout() * turnout.get();
            weightSum += weights.turnout();
        }
        Optional<Double> distance = distanceGap(area, reasons);
        if (distance.isPresent()) {
            weighted += weights.distance() * distance.get();
            weightSum += weights.distance();
        }
        if (coverage.isEmpty() && turnout.isEmpty() && distance.isEmpty()) {
            return Optional.empty();
        }
        double need = weightSum == 0 ? 0 : weighted / weightSum;
        long people = area.population().toOptional().map(AreaPopulation::count).orElse(0L);
        double reach = reach(area, municipality, reasons);
        Suggestion suggestion = need == 0 ? Suggestion.NO_CHANGE
                : reach < 1 ? Suggestion.MOBILE_STATION : Suggestion.EXTRA_STATION;
        if (need == 0) {
            reasons.add("We zien hier geen tekort aan stembureaus.");
        }
        return Optional.of(new Scored(area, need * reach, need, reach, people, suggestion, reasons));
    }

    private static Optional<Double> coverageGap(AreaFigures area, Baseline municipality, List<String> reasons) {
        Optional<BigDecimal> here = area.stationsPer1000().toOptional();
        Optional<BigDecimal> overall = municipality.stationsPer1000().toOptional();
        Optional<BigDecimal> perStation = municipality.populationPerStation().toOptional();
        if (here.isEmpty() || overall.isEmpty() || perStation.isEmpty()) {
            reasons.add("Het aantal stembureaus per 1000 mensen weten we hier niet. "
                    + area.stationsPer1000().whyUnknown().map(r -> r.message()).orElse(""));
            return Optional.empty();
        }
        AreaPopulation people = area.population().toOptional().orElseThrow();
        double stations = area.electionDayStations().toOptional().orElseThrow().doubleValue();
        reasons.add("Hier is " + Dutch.decimal(here.get(), 2) + " stembureau per 1000 " + people.basis().dutchName()
                + "; in de hele gemeente is dat " + Dutch.decimal(overall.get(), 2) + ".");
        // Unrounded: (stations / people) ÷ (municipal stations / municipal people).
        return Optional.of(clamp(1 - stations * perStation.get().doubleValue() / people.count()));
    }

    private static Optional<Double> turnoutGap(AreaFigures area, Baseline municipality, List<String> reasons) {
        Optional<Ratio> here = area.turnout().toOptional();
        Optional<Ratio> overall = municipality.electionDayTurnout().toOptional();
        if (here.isEmpty() || overall.isEmpty()) {
            reasons.add("De opkomst weten we hier niet. "
                    + area.turnout().whyUnknown().or(() -> municipality.electionDayTurnout().whyUnknown())
                    .map(r -> r.message()).orElse(""));
            return Optional.empty();
        }
        reasons.add("De opkomst bij de stembureaus hier was " + here.get().dutchPercent() + "; in de hele gemeente "
                + overall.get().dutchPercent() + ". Let op: kiezers mogen in elk stembureau stemmen.");
        return Optional.of(clamp((overall.get().value() - here.get().value()) / TURNOUT_GAP_FOR_MAXIMUM));
    }

    private static Optional<Double> distanceGap(AreaFigures area, List<String> reasons) {
        Optional<DistanceToStation> distance = area.distance().toOptional();
        if (distance.isEmpty()) {
            reasons.add("De afstand tot een stembureau weten we hier niet. "
                    + area.distance().whyUnknown().map(r -> r.message()).orElse(""));
            return Optional.empty();
        }
        reasons.add("Mensen wonen hier gemiddeld " + Dutch.distance(distance.get().meanMetres())
                + " van het dichtstbijzijnde stembureau (in rechte lijn, " + distance.get().method().dutchDescription()
                + ").");
        if (distance.get().maxMetres() >= FAR_FARTHEST_POINT) {
            reasons.add("Het verste punt ligt " + Dutch.distance(distance.get().maxMetres()) + " van een stembureau.");
        }
        return Optional.of(clamp((distance.get().meanMetres() - DISTANCE_WITHOUT_SHORTAGE) / DISTANCE_SPAN));
    }

    private static double reach(AreaFigures area, Baseline municipality, List<String> reasons) {
        Optional<AreaPopulation> people = area.population().toOptional();
        Optional<BigDecimal> perStation = municipality.populationPerStation().toOptional();
        if (people.isEmpty() || perStation.isEmpty() || perStation.get().signum() == 0) {
            return 1;
        }
        double reach = Math.min(1, people.get().count() / perStation.get().doubleValue());
        if (reach < 1) {
            reasons.add("Hier wonen " + Dutch.number(people.get().count()) + " " + people.get().basis().dutchName()
                    + "; één stembureau is er in deze gemeente voor gemiddeld " + Dutch.number(perStation.get().longValue())
                    + ". Een mobiel stembureau voor een paar uur past daarom beter dan een vast stembureau.");
        }
        return reach;
    }

    private static String firstReason(AreaFigures area) {
        return area.distance().whyUnknown().or(() -> area.stationsPer1000().whyUnknown())
                .map(r -> r.message()).orElse("");
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static BigDecimal scale(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
