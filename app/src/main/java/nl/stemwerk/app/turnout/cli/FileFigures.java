package nl.stemwerk.app.turnout.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.app.turnout.figures.AreaFiguresResult;
import nl.stemwerk.app.turnout.figures.AreaLevelChoice;
import nl.stemwerk.app.turnout.figures.ElectionFigures;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutFigures;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.app.turnout.store.StoredStations;
import nl.stemwerk.app.turnout.web.table.TableView;
import nl.stemwerk.app.turnout.web.view.AreaTables;
import nl.stemwerk.app.turnout.web.view.StationTables;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.station.StationList;

/**
 * The figures of files read from disk, per municipality, computed exactly as for stored imports: the files are put
 * together as a {@link TurnoutData} (as if just imported) and handed to {@link TurnoutFigures}.
 */
final class FileFigures {
    private static final TurnoutFigures FIGURES = new TurnoutFigures();

    private FileFigures() {
    }

    /**
     * One municipality's figures.
     *
     * @param data      what the files hold for it
     * @param elections the figures per election
     * @param tables    the tables asked for with --by
     * @param notes     why a table asked for is missing
     */
    record Municipality(TurnoutData data, List<ElectionFigures> elections, List<TableView> tables, List<String> notes) {
        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", data.municipality().cbsCode());
            json.put("name", data.municipality().name());
            json.put("elections", elections.stream().map(e -> Map.of("file", e.count().fileName(),
                    "figures", e.turnout(), "calledVoters", e.assessment())).toList());
            FIGURES.trend(elections).ifPresent(t -> json.put("trend", t));
            json.put("tables", tables);
            json.put("notes", notes);
            return json;
        }
    }

    static List<Municipality> of(List<TurnoutFile> files, TurnoutCommand.Grouping grouping) {
        Map<String, String> names = new LinkedHashMap<>();
        files.forEach(file -> {
            if (file instanceof TurnoutFile.Count count) {
                names.putIfAbsent(count.count().municipalityCode(), count.count().municipalityName());
            } else if (file instanceof TurnoutFile.Stations stations) {
                stations.stations().stations().forEach(s -> s.municipalityCode().ifPresent(c -> names.putIfAbsent(c, c)));
            }
        });
        List<Municipality> result = new ArrayList<>();
        long id = 1;
        for (var entry : names.entrySet()) {
            TurnoutData data = data(id++, entry.getKey(), entry.getValue(), files);
            List<ElectionFigures> elections = FIGURES.elections(data);
            List<TableView> tables = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            tables(data, grouping, tables, notes);
            result.add(new Municipality(data, elections, tables, notes));
        }
        return result;
    }

    private static void tables(TurnoutData data, TurnoutCommand.Grouping grouping, List<TableView> tables,
                               List<String> notes) {
        switch (grouping) {
            case NONE -> { }
            case STATION -> data.counts().forEach(count -> tables.add(StationTables.stations(count.count().electionName(),
                    FIGURES.stations(data, count))));
            case PC4, WIJK, BUURT -> {
                AreaLevelChoice level = AreaLevelChoice.valueOf(grouping.name());
                AreaFiguresResult result = FIGURES.areas(data, level, data.latestCount());
                result.grouping().ifPresentOrElse(g -> tables.add(AreaTables.areas("Cijfers per " + level.dutchName()
                        + " in " + data.municipality().name(), g)), () -> notes.add(result.whyNot().orElseThrow()));
                notes.addAll(result.notes());
            }
        }
    }

    private static TurnoutData data(long id, String code, String name, List<TurnoutFile> files) {
        List<StoredCount> counts = new ArrayList<>();
        List<Area> areas = new ArrayList<>();
        List<AreaPopulation> population = new ArrayList<>();
        Optional<StoredStations> stations = Optional.empty();
        Optional<EligibleVotersEstimate> estimate = Optional.empty();
        int index = 0;
        for (TurnoutFile file : files) {
            index++;
            switch (file) {
                case TurnoutFile.Count c when c.count().municipalityCode().equals(code) ->
                        counts.add(new StoredCount(index, "bestand " + index, c.count()));
                case TurnoutFile.Stations s -> stations = Optional.of(new StoredStations(index, "bestand " + index,
                        new StationList(s.stations().stations().stream()
                                .filter(st -> st.municipalityCode().map(code::equals).orElse(true)).toList(),
                                s.stations().notes())));
                case TurnoutFile.Boundaries b -> areas.addAll(b.areas().inMunicipality(code).areas());
                case TurnoutFile.Population p -> population.addAll(p.population().stream()
                        .filter(a -> belongsTo(a.areaCode(), code)).toList());
                case TurnoutFile.EligibleVoters e -> estimate = e.estimates().stream()
                        .filter(x -> x.municipalityCode().equals(code)).findFirst().or(() -> Optional.empty());
                default -> { }
            }
        }
        counts.sort(java.util.Comparator.comparing(c -> c.count().electionDate()));
        Set<String> seen = new LinkedHashSet<>();
        List<Area> distinct = areas.stream().filter(a -> seen.add(a.code())).toList();
        return new TurnoutData(new nl.stemwerk.app.municipality.Municipality(id, code, name, false), counts, stations,
                distinct, population, estimate);
    }

    private static boolean belongsTo(String areaCode, String municipality) {
        try {
            return AreaCodes.municipalityOf(areaCode).equals(municipality);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
