package nl.stemwerk.turnout.coverage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.AreaLevel;
import nl.stemwerk.turnout.geo.RdPoint;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;

/**
 * Which area each station belongs to, and how much of an election-day station it is there. A regular or
 * special station counts 1 in the area of its first election-day stop. A mobile station counts, per stop,
 * the share of the legal opening day (07:30–21:00, 13.5 hours) it stands there, so a mobile station that
 * visits three villages for 1.5 hours each adds 1/3 of a station to the coverage.
 *
 * <p>A stop is placed by its coordinates; without coordinates, by its "CBS Wijknummer" or
 * "CBS Buurtnummer" when the file gives one.
 *
 * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&hoofdstuk=J&artikel=J1&z=2026-01-01&g=2026-01-01">
 *      Kieswet art. J 1 (voting from 7.30 to 21.00)</a>
 */
public final class PlacedStations {
    public static final Duration LEGAL_OPENING_DAY = Duration.ofMinutes(13 * 60 + 30);

    private final Map<String, BigDecimal> weightByArea = new HashMap<>();
    private final Map<Integer, String> areaOfStation = new HashMap<>();
    private final List<Integer> unplaced = new ArrayList<>();
    private final List<RdPoint> electionDayPoints = new ArrayList<>();

    public PlacedStations(StationList stations, List<Area> areas, AreaLevel level, LocalDate electionDay) {
        AreaIndex index = new AreaIndex(areas);
        Map<String, Area> byCode = new HashMap<>();
        areas.forEach(a -> byCode.put(a.code(), a));
        for (StationListing station : stations.stations()) {
            place(station, index, byCode, level, electionDay);
        }
    }

    private void place(StationListing station, AreaIndex index, Map<String, Area> byCode, AreaLevel level,
                       LocalDate electionDay) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        boolean openOnElectionDay = false;
        for (StationStop stop : station.stops()) {
            Optional<String> area = areaOf(stop, index, byCode, level);
            if (stop.window().isOn(electionDay)) {
                openOnElectionDay = true;
                stop.location().ifPresent(point -> electionDayPoints.add(point.toRd()));
                area.ifPresent(code -> weights.merge(code, weight(station, stop), BigDecimal::add));
            }
            area.ifPresent(code -> areaOfStation.putIfAbsent(station.number(), code));
        }
        if (station.type() != PollingStationType.MOBILE && !weights.isEmpty()) {
            String first = weights.keySet().iterator().next();
            weights.clear();
            weights.put(first, BigDecimal.ONE);
        }
        weights.forEach((code, weight) -> weightByArea.merge(code, weight, BigDecimal::add));
        if (station.type() == PollingStationType.MOBILE && !weights.isEmpty()) {
            areaOfStation.put(station.number(), weights.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        }
        if (openOnElectionDay && weights.isEmpty()) {
            unplaced.add(station.number());
        }
    }

    private static BigDecimal weight(StationListing station, StationStop stop) {
        if (station.type() != PollingStationType.MOBILE) {
            return BigDecimal.ONE;
        }
        return BigDecimal.valueOf(stop.window().duration().toMinutes())
                .divide(BigDecimal.valueOf(LEGAL_OPENING_DAY.toMinutes()), 4, RoundingMode.HALF_UP);
    }

    private static Optional<String> areaOf(StationStop stop, AreaIndex index, Map<String, Area> byCode,
                                           AreaLevel level) {
        if (stop.location().isPresent()) {
            return index.locate(stop.location().get()).map(Area::code);
        }
        Optional<String> code = switch (level) {
            case DISTRICT -> stop.districtCode().or(() -> stop.neighbourhoodCode().map(AreaCodes::districtOf));
            case NEIGHBOURHOOD -> stop.neighbourhoodCode();
            default -> Optional.empty();
        };
        return code.filter(byCode::containsKey);
    }

    /** Election-day station weight per area code. */
    public BigDecimal weightIn(String areaCode) {
        return weightByArea.getOrDefault(areaCode, BigDecimal.ZERO);
    }

    public BigDecimal totalWeight() {
        return weightByArea.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The area a station number belongs to (a mobile station: where it stands longest). */
    public Optional<String> areaOf(int stationNumber) {
        return Optional.ofNullable(areaOfStation.get(stationNumber));
    }

    /** Election-day stations that could not be put in any area. */
    public List<Integer> unplaced() {
        return List.copyOf(unplaced);
    }

    /** Every election-day stop with coordinates, in RD. */
    public List<RdPoint> electionDayPoints() {
        return List.copyOf(electionDayPoints);
    }

    public boolean anyPlaced() {
        return !weightByArea.isEmpty();
    }
}
