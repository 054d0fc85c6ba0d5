package nl.stemwerk.turnout.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.station.StationList;

/**
 * Everything the coverage of one municipality by wijk or buurt is computed from. Only {@code areas} and
 * {@code stations} are needed; each other input adds figures, and each missing one turns figures into
 * "unknown, because …".
 *
 * @param municipalityCode "GM" + 4 digits
 * @param electionDay      the day whose opening windows count as election day
 * @param areas            the wijken or buurten of the municipality (all of one level)
 * @param neighbourhoods   the buurten with shapes, to weigh wijk distances by population; may be empty
 * @param population       inhabitants or eligible voters per buurt and/or per area; may be empty
 * @param stations         the station list, with coordinates where known; stations whose "CBS gemeentecode"
 *                         names another municipality are left out, because a voter may only vote in their own
 *                         municipality (Kieswet art. J 5), so a station across the border is no option
 * @param count            the count of the election, to attach voters to areas
 */
public record CoverageInput(String municipalityCode, LocalDate electionDay, List<Area> areas,
                            List<Area> neighbourhoods, List<AreaPopulation> population, StationList stations,
                            Optional<ElectionCount> count) {
    public CoverageInput {
        municipalityCode = AreaCodes.municipality(municipalityCode);
        Objects.requireNonNull(electionDay, "electionDay");
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("Geen gebieden opgegeven voor " + municipalityCode);
        }
        AreaLevel level = areas.getFirst().level();
        if (level != AreaLevel.DISTRICT && level != AreaLevel.NEIGHBOURHOOD
                || areas.stream().anyMatch(a -> a.level() != level)) {
            throw new IllegalArgumentException("Alle gebieden moeten wijken zijn, of alle buurten.");
        }
        neighbourhoods = List.copyOf(neighbourhoods);
        population = List.copyOf(population);
        String own = municipalityCode;
        stations = new StationList(stations.stations().stream()
                .filter(s -> s.municipalityCode().map(own::equals).orElse(true)).toList(), stations.notes());
        Objects.requireNonNull(count, "count");
    }

    public AreaLevel level() {
        return areas.getFirst().level();
    }

    /** The same input with another station list, for what-if questions. */
    public CoverageInput withStations(StationList other) {
        return new CoverageInput(municipalityCode, electionDay, areas, neighbourhoods, population, other, count);
    }
}
