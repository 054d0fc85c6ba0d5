package nl.stemwerk.turnout.coverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.coverage.internal.AreaRules;
import nl.stemwerk.turnout.coverage.internal.PopulationLookup;
import nl.stemwerk.turnout.coverage.internal.VoterTotals;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.CalledVotersCheck;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.figures.ReasonCode;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.internal.text.Dutch;
import nl.stemwerk.turnout.internal.text.Postcodes;

/**
 * Figures per four-digit postcode area (PC4), from the postcodes of the stations in the count. This works
 * without coordinates, so it is available for every municipality. Distances are not: there are no PC4
 * shapes and no station coordinates in a count file.
 */
public final class PostcodeFigures {
    private PostcodeFigures() {
    }

    /**
     * @param pc4Population eligible voters or inhabitants per PC4 (code = the four digits); may be empty
     */
    public static Grouping of(ElectionCount count, List<AreaPopulation> pc4Population) {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(count);
        PopulationLookup population = new PopulationLookup(pc4Population);
        Map<String, List<StationCount>> byPc4 = new TreeMap<>();
        List<Integer> withoutPostcode = new ArrayList<>();
        for (StationCount station : count.stations()) {
            Optional<String> pc4 = Postcodes.pc4(station.postcode());
            if (pc4.isPresent()) {
                byPc4.computeIfAbsent(pc4.get(), k -> new ArrayList<>()).add(station);
            } else {
                withoutPostcode.add(station.number());
            }
        }
        Reason noShapes = new Reason(ReasonCode.STATION_LOCATIONS_UNKNOWN, "Voor postcodegebieden hebben we geen "
                + "kaart, en de telling geeft geen coördinaten van stembureaus. Afstanden zijn dus niet te berekenen.");
        List<AreaFigures> areas = new ArrayList<>();
        for (var entry : byPc4.entrySet()) {
            List<StationCount> stations = entry.getValue();
            VoterTotals totals = new VoterTotals();
            stations.forEach(s -> totals.add(s, assessment));
            long electionDay = stations.stream().filter(s -> !s.isEarly()).count();
            Figure<BigDecimal> stationCount = Figure.known(BigDecimal.valueOf(electionDay));
            Figure<AreaPopulation> people = AreaRules.population(population.of(entry.getKey(), ""),
                    AreaLevel.POSTCODE4.dutchName());
            AreaRules.Voters voters = AreaRules.voters(totals, assessment, count);
            areas.add(new AreaFigures(entry.getKey(), names(stations), AreaLevel.POSTCODE4, stationCount, people,
                    AreaRules.stationsPer1000(stationCount, people), voters.admitted(), voters.earlyShare(),
                    voters.proxyShare(), voters.turnout(), Figure.unknown(noShapes)));
        }
        List<Reason> notes = new ArrayList<>();
        if (!withoutPostcode.isEmpty()) {
            notes.add(new Reason(ReasonCode.POSTCODE_UNKNOWN, "Stembureau " + Dutch.list(withoutPostcode)
                    + " heeft geen (geldige) postcode in de telling en staat in geen postcodegebied. De kiezers daar "
                    + "tellen wel mee voor de gemeente."));
        }
        notes.addAll(postcodeTypos(count));
        Baseline baseline = new Baseline(MunicipalBaseline.stationsPer1000(areas),
                MunicipalBaseline.populationPerStation(areas),
                MunicipalBaseline.electionDayTurnout(Optional.of(count), Optional.of(assessment)),
                Figure.unknown(noShapes));
        return new Grouping(count.municipalityCode(), AreaLevel.POSTCODE4, areas, baseline, notes);
    }

    /** "Raadhuis, Mozarthof School en 6 andere". */
    private static String names(List<StationCount> stations) {
        List<String> names = stations.stream().filter(s -> !s.isEarly()).map(s -> plainName(s.name()))
                .distinct().toList();
        if (names.isEmpty()) {
            names = stations.stream().map(s -> plainName(s.name())).distinct().toList();
        }
        return names.size() <= 2 ? Dutch.list(names)
                : names.get(0) + ", " + names.get(1) + " en " + (names.size() - 2) + " andere";
    }

    /** The name without a trailing day or date in brackets: "Raadhuis (vervroegd 14-03-22)" → "Raadhuis". */
    static String plainName(String name) {
        return name.replaceAll("\\s*\\([^)]*\\d[^)]*\\)\\s*$", "")
                .replaceAll("(?i)\\s*\\((maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\)\\s*$", "")
                .strip();
    }

    /**
     * Columns with the same name but another PC4 than the election-day column of that name: a typing error
     * is the likely cause (Nijmegen 2022: early column 159 "Wijkcentrum Dukenburg" has 7039 EP, election-day
     * column 59 of the same name 6537 EP).
     */
    private static List<Reason> postcodeTypos(ElectionCount count) {
        Map<String, StationCount> electionDayByName = new HashMap<>();
        count.electionDayStations().forEach(s -> electionDayByName.putIfAbsent(key(s.name()), s));
        List<Reason> typos = new ArrayList<>();
        for (StationCount station : count.earlyVotingStations()) {
            StationCount same = electionDayByName.get(key(station.name()));
            if (same != null && !Postcodes.pc4(same.postcode()).equals(Postcodes.pc4(station.postcode()))) {
                typos.add(new Reason(ReasonCode.POSTCODE_DIFFERS_FOR_SAME_LOCATION, "Stembureau " + station.number()
                        + " (" + plainName(station.name()) + ") heeft postcode " + station.postcode() + ", maar stembureau "
                        + same.number() + " met dezelfde naam heeft " + same.postcode() + ". Staat er een tikfout in de "
                        + "postcode? De kiezers van stembureau " + station.number() + " staan nu in postcodegebied "
                        + Postcodes.pc4(station.postcode()).orElse("onbekend") + "."));
            }
        }
        return typos;
    }

    private static String key(String name) {
        return plainName(name).toLowerCase(Locale.ROOT);
    }
}
