package nl.stemwerk.app.turnout.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.turnout.coverage.AreaCoverage;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.coverage.PostcodeFigures;
import nl.stemwerk.turnout.evaluation.AreaComparison;
import nl.stemwerk.turnout.evaluation.ElectionComparison;
import nl.stemwerk.turnout.evaluation.Measure;
import nl.stemwerk.turnout.evaluation.ProportionComparison;
import nl.stemwerk.turnout.figures.CalledVotersCheck;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.MunicipalFigures;
import nl.stemwerk.turnout.figures.StationFigures;
import nl.stemwerk.turnout.figures.TurnoutTrend;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.planning.AccessibilityCheck;
import nl.stemwerk.turnout.planning.AccessibilityChecklist;
import nl.stemwerk.turnout.planning.ProposedStation;
import nl.stemwerk.turnout.planning.Ranking;
import nl.stemwerk.turnout.planning.StationPlanning;
import nl.stemwerk.turnout.planning.WhatIf;
import nl.stemwerk.turnout.planning.WhatIfResult;
import org.springframework.stereotype.Service;

/**
 * Every turnout figure of a municipality, computed by the turnout library from the stored imports. Nothing here
 * decides a figure; it only chooses which stored inputs go together.
 */
@Service
public class TurnoutFigures {

    /** Per election: municipal turnout, shares, stations per 1000, and the check of the called voters. */
    public List<ElectionFigures> elections(TurnoutData data) {
        return data.counts().stream().map(c -> new ElectionFigures(c, MunicipalFigures.of(c.count(), data.estimate()),
                CalledVotersCheck.assess(c.count()))).toList();
    }

    /** Turnout over the elections, with the change each time; empty without any count. */
    public Optional<TurnoutTrend> trend(List<ElectionFigures> elections) {
        return elections.isEmpty() ? Optional.empty()
                : Optional.of(TurnoutTrend.of(elections.stream().map(ElectionFigures::turnout).toList()));
    }

    /** Per column of the count; per-hour load where the station list of the same election gives opening hours. */
    public List<StationFigures> stations(TurnoutData data, StoredCount count) {
        return StationFigures.allOf(count.count(), data.stationList().openingHoursOn(count.count().electionDate()));
    }

    /**
     * Figures per area. PC4 needs a count (stations are placed by their postcode); wijk and buurt need boundaries and
     * are computed by {@link AreaCoverage} with the station list, the inhabitants and the count where they fit.
     */
    public AreaFiguresResult areas(TurnoutData data, AreaLevelChoice level, Optional<StoredCount> count) {
        if (level == AreaLevelChoice.PC4) {
            if (count.isEmpty()) {
                return AreaFiguresResult.none(level, count, "Voor cijfers per postcodegebied is een telling nodig: "
                        + "daarin staat de postcode van elk stembureau. Importeer eerst een telling.");
            }
            List<nl.stemwerk.turnout.cbs.AreaPopulation> pc4 = data.population().stream()
                    .filter(p -> p.areaCode().matches("\\d{4}")).toList();
            return new AreaFiguresResult(level, count, Optional.of(PostcodeFigures.of(count.get().count(), pc4)),
                    Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        List<Area> areas = data.areasAt(level.level());
        if (areas.isEmpty()) {
            return AreaFiguresResult.none(level, count, "Er zijn geen " + (level == AreaLevelChoice.WIJK ? "wijk" : "buurt")
                    + "grenzen van " + data.municipality().name() + " geïmporteerd. Importeer het CBS-bestand met "
                    + "de grenzen; dan kunnen we de stembureaus per gebied tellen.");
        }
        List<String> notes = new ArrayList<>();
        LocalDate day = electionDay(data, count);
        Optional<StoredCount> attached = count.filter(c -> {
            boolean sameElection = data.stationDay().map(c.count().electionDate()::equals).orElse(true);
            if (!sameElection) {
                notes.add("De stembureaulijst (" + data.stations().orElseThrow().fileName() + ") is van "
                        + data.stationDay().orElseThrow() + ", de telling van " + c.count().electionDate() + ". De "
                        + "kiezers van de telling koppelen we daarom niet aan gebieden: daarvoor moeten beide van "
                        + "dezelfde verkiezing zijn.");
            }
            return sameElection;
        });
        CoverageInput input = new CoverageInput(data.municipality().cbsCode(), day, areas,
                data.areasAt(AreaLevel.NEIGHBOURHOOD), data.population(), data.stationList(),
                attached.map(StoredCount::count));
        return new AreaFiguresResult(level, attached, Optional.of(AreaCoverage.of(input)), Optional.empty(),
                Optional.of(input), areas, notes);
    }

    /**
     * The day whose opening windows count as election day: that of the station list (its last day), else that of
     * the count, else any day (without stations nothing is placed, so the day does not matter).
     */
    static LocalDate electionDay(TurnoutData data, Optional<StoredCount> count) {
        return data.stationDay().or(() -> count.map(c -> c.count().electionDate())).orElse(LocalDate.EPOCH);
    }

    public Ranking ranking(Grouping grouping) {
        return StationPlanning.rank(grouping);
    }

    /**
     * @throws IllegalArgumentException with a Dutch message when the proposal does not fit (another day)
     */
    public WhatIfResult whatIf(CoverageInput input, ProposedStation proposal) {
        return WhatIf.addStation(input, proposal);
    }

    public List<AccessibilityChecklist> accessibility(TurnoutData data) {
        return AccessibilityCheck.of(data.stationList());
    }

    /** Two elections per area, on one measure; both groupings must exist. */
    public List<AreaComparison> compare(Grouping before, Grouping after, Measure measure) {
        return ElectionComparison.compare(before, after, measure);
    }

    /** Municipal turnout of two elections. */
    public Figure<ProportionComparison> compare(ElectionFigures before, ElectionFigures after) {
        return ElectionComparison.compare(before.turnout(), after.turnout());
    }
}
