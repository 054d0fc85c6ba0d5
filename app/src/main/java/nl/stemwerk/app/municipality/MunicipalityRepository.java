package nl.stemwerk.app.municipality;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code municipality} and {@code polling_station}. */
@Repository
public class MunicipalityRepository {
    private static final RowMapper<Municipality> MUNICIPALITY = (rs, n) -> new Municipality(
            rs.getLong("id"), rs.getString("cbs_code"), rs.getString("name"), rs.getBoolean("is_home"));
    private static final RowMapper<PollingStationRow> STATION = (rs, n) -> new PollingStationRow(
            rs.getLong("id"), rs.getLong("municipality_id"), rs.getInt("number"), rs.getString("name"),
            rs.getString("postcode"), rs.getString("station_type"));

    private final JdbcClient jdbc;

    public MunicipalityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Municipality> home() {
        return jdbc.sql("select * from municipality where is_home").query(MUNICIPALITY).optional();
    }

    public Optional<Municipality> byCbsCode(String cbsCode) {
        return jdbc.sql("select * from municipality where cbs_code = ?").param(cbsCode).query(MUNICIPALITY).optional();
    }

    public List<Municipality> all() {
        return jdbc.sql("select * from municipality order by is_home desc, name").query(MUNICIPALITY).list();
    }

    public long insert(String cbsCode, String name, boolean home) {
        return jdbc.sql("insert into municipality (cbs_code, name, is_home) values (?, ?, ?) returning id")
                .params(cbsCode, name, home).query(Long.class).single();
    }

    public List<PollingStationRow> stations(long municipalityId) {
        return jdbc.sql("select * from polling_station where municipality_id = ? order by number")
                .param(municipalityId).query(STATION).list();
    }

    public long insertStation(long municipalityId, int number, String name, String postcode, String type) {
        return jdbc.sql("""
                insert into polling_station (municipality_id, number, name, postcode, station_type)
                values (?, ?, ?, ?, ?) returning id""").params(municipalityId, number, name, postcode, type)
                .query(Long.class).single();
    }
}
