package nl.stemwerk.app.turnout.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.AccessibilityFeature;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.OpeningWindow;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code turnout_station_stop}: one row per stop of the open-data standard. */
@Repository
public class StationRows {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ImportRows imports;

    public StationRows(JdbcClient jdbc, JdbcTemplate batch, ImportRows imports) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.imports = imports;
    }

    public void insert(long importId, StationList stations) {
        List<Object[]> rows = new ArrayList<>();
        for (StationListing station : stations.stations()) {
            for (StationStop stop : station.stops()) {
                Address a = stop.address();
                Map<String, String> answers = new LinkedHashMap<>();
                stop.accessibility().answers().forEach((feature, answer) -> answers.put(feature.name(), answer));
                rows.add(new Object[] {importId, rows.size(), station.municipalityCode().orElse(null), station.number(),
                    station.name(), station.type().name(), a.bagId(), a.street(), a.houseNumber(), a.houseLetter(),
                    a.addition(), a.postcode(), a.place(), a.extra(),
                    stop.location().map(GeoPoint::latitude).orElse(null),
                    stop.location().map(GeoPoint::longitude).orElse(null),
                    Timestamp.valueOf(stop.window().opens()), Timestamp.valueOf(stop.window().closes()),
                    JSON.writeValueAsString(answers), stop.accessibility().extra(), stop.districtCode().orElse(null),
                    stop.neighbourhoodCode().orElse(null), stop.sourceRow()});
            }
        }
        batch.batchUpdate("""
                insert into turnout_station_stop (import_id, position, municipality_code, number, name, station_type,
                    bag_id, street, house_number, house_letter, house_number_addition, postcode, place, extra_address,
                    latitude, longitude, opens, closes, accessibility, extra_accessibility, district_code,
                    neighbourhood_code, source_row)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""", rows);
    }

    /** The latest station list of a municipality. */
    public Optional<StoredStations> current(long municipalityId) {
        return jdbc.sql("""
                select id, file_name from turnout_import where municipality_id = ? and kind = 'STATIONS'
                order by id desc limit 1""").param(municipalityId)
                .query((rs, n) -> new StoredStations(rs.getLong("id"), rs.getString("file_name"),
                        new StationList(List.of(), List.of()))).optional()
                .map(found -> new StoredStations(found.importId(), found.fileName(), load(found.importId())));
    }

    private StationList load(long importId) {
        Map<String, List<Row>> byStation = new LinkedHashMap<>();
        jdbc.sql("select * from turnout_station_stop where import_id = ? order by position").param(importId)
                .query(rs -> {
                    Row row = row(rs);
                    byStation.computeIfAbsent(row.municipality.orElse("") + "/" + row.number, k -> new ArrayList<>())
                            .add(row);
                });
        List<StationListing> stations = byStation.values().stream().map(rows -> {
            Row first = rows.getFirst();
            return new StationListing(first.municipality, first.number, first.name, first.type,
                    rows.stream().map(Row::stop).toList());
        }).toList();
        return new StationList(stations, imports.readNotes(importId));
    }

    private record Row(Optional<String> municipality, int number, String name, PollingStationType type,
                       StationStop stop) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        Address address = new Address(rs.getString("bag_id"), rs.getString("street"), rs.getString("house_number"),
                rs.getString("house_letter"), rs.getString("house_number_addition"), rs.getString("postcode"),
                rs.getString("place"), rs.getString("extra_address"));
        double latitude = rs.getDouble("latitude");
        Optional<GeoPoint> location = rs.wasNull() ? Optional.empty()
                : Optional.of(new GeoPoint(latitude, rs.getDouble("longitude")));
        Map<AccessibilityFeature, String> answers = new EnumMap<>(AccessibilityFeature.class);
        JSON.readValue(rs.getString("accessibility"), ANSWERS)
                .forEach((feature, answer) -> answers.put(AccessibilityFeature.valueOf(feature), answer));
        StationStop stop = new StationStop(address, location,
                new OpeningWindow(rs.getTimestamp("opens").toLocalDateTime(), rs.getTimestamp("closes").toLocalDateTime()),
                new Accessibility(answers, rs.getString("extra_accessibility")),
                Optional.ofNullable(rs.getString("district_code")), Optional.ofNullable(rs.getString("neighbourhood_code")),
                rs.getInt("source_row"));
        return new Row(Optional.ofNullable(rs.getString("municipality_code")), rs.getInt("number"), rs.getString("name"),
                PollingStationType.valueOf(rs.getString("station_type")), stop);
    }
}
