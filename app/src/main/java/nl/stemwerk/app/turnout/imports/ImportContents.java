package nl.stemwerk.app.turnout.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.platform.text.DutchNumbers;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.app.turnout.store.AreaRows;
import nl.stemwerk.app.turnout.store.CountRows;
import nl.stemwerk.app.turnout.store.FigureRows;
import nl.stemwerk.app.turnout.store.ImportNote;
import nl.stemwerk.app.turnout.store.StationRows;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationPlacement;
import org.springframework.stereotype.Component;

/**
 * Per kind of file: what of it belongs to the municipality, the checks against what Stemwerk already knows, how
 * it is stored, and the sentence that tells the user what was stored.
 */
@Component
class ImportContents {
    /**
     * How far outside the drawn border a station may lie. The boundaries users have are often simplified (the CBS
     * 2014 files are on a grid of about 300 m), so a station just over the drawn line is accepted; 0, 0 or swapped
     * coordinates are kilometres off and are still refused.
     */
    static final double BORDER_TOLERANCE_METRES = 500;

    private final CountRows counts;
    private final StationRows stations;
    private final AreaRows areas;
    private final FigureRows figures;

    ImportContents(CountRows counts, StationRows stations, AreaRows areas, FigureRows figures) {
        this.counts = counts;
        this.stations = stations;
        this.areas = areas;
        this.figures = figures;
    }

    /**
     * @param summary      one Dutch sentence about what is stored
     * @param auditDetails what the audit row records besides file, kind and hash
     * @param store        writes the rows for the new import id
     */
    record Prepared(String summary, Map<String, Object> auditDetails, LongConsumer store) {
    }

    Prepared prepare(TurnoutFile file, Optional<Municipality> municipality, String fileName, List<ImportNote> notes) {
        return switch (file) {
            case TurnoutFile.Count count -> count(count.count());
            case TurnoutFile.Stations list -> stations(list.stations(), municipality.orElseThrow(), fileName, notes);
            case TurnoutFile.Boundaries boundaries -> boundaries(boundaries.areas().inMunicipality(
                    municipality.orElseThrow().cbsCode()).areas(), municipality.orElseThrow(), fileName);
            case TurnoutFile.Population population -> population(population.population(), municipality.orElseThrow(),
                    fileName);
            case TurnoutFile.EligibleVoters eligible -> new Prepared(eligible.estimates().size() + " gemeenten met een "
                    + "schatting van het aantal kiesgerechtigden (" + eligible.estimates().stream().findFirst()
                    .map(e -> e.table()).orElse("CBS") + ").", Map.of("gemeenten", eligible.estimates().size()),
                    id -> figures.insertEstimates(id, eligible.estimates()));
        };
    }

    private Prepared count(ElectionCount count) {
        long early = count.earlyVotingStations().size();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("verkiezing", count.electionName());
        details.put("datum", count.electionDate().toString());
        details.put("stembureaus", count.stations().size());
        details.put("toegelatenKiezers", count.admittedVoters());
        String summary = "Telling " + count.electionName() + " (" + count.electionDate() + "): "
                + count.stations().size() + " kolommen, waarvan " + early + " voor vervroegd stemmen; "
                + DutchNumbers.whole(count.admittedVoters()) + " toegelaten kiezers.";
        return new Prepared(summary, details, id -> counts.insert(id, count));
    }

    private Prepared stations(StationList list, Municipality municipality, String fileName, List<ImportNote> notes) {
        List<StationListing> own = list.stations().stream()
                .filter(s -> s.municipalityCode().map(municipality.cbsCode()::equals).orElse(true)).toList();
        if (own.isEmpty()) {
            throw UnusableFile.of("NO_STATIONS_OF_MUNICIPALITY", fileName, "Er staan geen stembureaus van "
                    + municipality.name() + " (" + municipality.cbsCode() + ") in dit bestand. Kijk in de kolom "
                    + "'CBS gemeentecode'.");
        }
        if (own.size() < list.stations().size()) {
            notes.add(new ImportNote(ImportNote.OTHER_MUNICIPALITIES_LEFT_OUT, (list.stations().size() - own.size())
                    + " stembureaus in " + fileName + " horen bij een andere gemeente en zijn weggelaten."));
        }
        StationList kept = new StationList(own, list.notes());
        Optional<Area> border = MunicipalityBorder.of(municipality, areas.current(municipality.id()));
        if (border.isPresent()) {
            try {
                StationPlacement.requireInside(kept, border.get(), fileName, BORDER_TOLERANCE_METRES);
            } catch (TurnoutInputException e) {
                throw UnusableFile.of(e);
            }
        } else {
            notes.add(new ImportNote(ImportNote.PLACEMENT_NOT_CHECKED, "We konden niet controleren of de stembureaus "
                    + "in " + municipality.name() + " liggen: er zijn nog geen wijk- of buurtgrenzen van de gemeente. "
                    + "Importeer die eerst en daarna dit bestand opnieuw, dan controleren we het wel."));
        }
        long withPlace = own.stream().filter(s -> !s.locations().isEmpty()).count();
        long stops = own.stream().mapToLong(s -> s.stops().size()).sum();
        String summary = own.size() + " stembureaus van " + municipality.name() + " met " + stops
                + " openingstijden; van " + withPlace + " is de plek bekend.";
        return new Prepared(summary, Map.of("stembureaus", own.size(), "openingstijden", stops),
                id -> stations.insert(id, kept));
    }

    private Prepared boundaries(List<Area> found, Municipality municipality, String fileName) {
        List<Area> own = found.stream().filter(a -> a.level() != AreaLevel.POSTCODE4).toList();
        if (own.isEmpty()) {
            throw UnusableFile.of("NO_AREAS_OF_MUNICIPALITY", fileName, "Er staan geen gebieden van "
                    + municipality.name() + " (" + municipality.cbsCode() + ") in dit bestand. Een wijkcode begint "
                    + "met WK" + municipality.cbsCode().substring(2) + ", een buurtcode met BU"
                    + municipality.cbsCode().substring(2) + ".");
        }
        long wijken = own.stream().filter(a -> a.level() == AreaLevel.DISTRICT).count();
        long buurten = own.stream().filter(a -> a.level() == AreaLevel.NEIGHBOURHOOD).count();
        boolean border = own.stream().anyMatch(a -> a.level() == AreaLevel.MUNICIPALITY);
        String summary = wijken + " wijken en " + buurten + " buurten van " + municipality.name()
                + (border ? ", en de gemeentegrens." : ".");
        return new Prepared(summary, Map.of("wijken", wijken, "buurten", buurten), id -> areas.insert(id, own));
    }

    private Prepared population(List<AreaPopulation> all, Municipality municipality, String fileName) {
        List<AreaPopulation> own = new ArrayList<>();
        for (AreaPopulation p : all) {
            if (belongsTo(p.areaCode(), municipality.cbsCode())) {
                own.add(p);
            }
        }
        if (own.isEmpty()) {
            throw UnusableFile.of("NO_AREAS_OF_MUNICIPALITY", fileName, "Er staan geen wijken of buurten van "
                    + municipality.name() + " (" + municipality.cbsCode() + ") met inwoners in dit bestand.");
        }
        String summary = own.size() + " gebieden van " + municipality.name() + " met het aantal inwoners ("
                + own.getFirst().source() + ").";
        return new Prepared(summary, Map.of("gebieden", own.size()), id -> figures.insertPopulation(id, own));
    }

    private static boolean belongsTo(String areaCode, String municipalityCode) {
        try {
            return AreaCodes.municipalityOf(areaCode).equals(municipalityCode);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }
}
