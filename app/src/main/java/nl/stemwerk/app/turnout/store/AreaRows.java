package nl.stemwerk.app.turnout.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.AreaLevel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code turnout_area}: areas with their shapes as WKB, exactly as the boundary reader returned them. */
@Repository
public class AreaRows {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public AreaRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(long importId, List<Area> areas) {
        WKBWriter writer = new WKBWriter();
        List<Object[]> rows = new ArrayList<>();
        for (Area area : areas) {
            rows.add(new Object[] {importId, rows.size(), area.code(), area.name(), area.level().name(),
                area.shape().map(writer::write).orElse(null)});
        }
        batch.batchUpdate("insert into turnout_area (import_id, position, code, name, level, shape)"
                + " values (?, ?, ?, ?, ?, ?)", rows);
    }

    /**
     * The areas of a municipality in use: per level (municipality, wijk, buurt) those of the latest import that has
     * that level, so that a later file with buurten only does not hide the wijken of an earlier one.
     */
    public List<Area> current(long municipalityId) {
        WKBReader reader = new WKBReader();
        return jdbc.sql("""
                with latest as (
                    select a.level, max(a.import_id) as import_id from turnout_area a
                    join turnout_import i on i.id = a.import_id
                    where i.municipality_id = ? and i.kind = 'BOUNDARIES'
                    group by a.level)
                select a.code, a.name, a.level, a.shape from turnout_area a
                join latest l on l.level = a.level and l.import_id = a.import_id
                order by a.level, a.position""").param(municipalityId)
                .query((rs, n) -> new Area(rs.getString("code"), rs.getString("name"),
                        AreaLevel.valueOf(rs.getString("level")), shape(reader, rs.getBytes("shape")))).list();
    }

    private static Optional<org.locationtech.jts.geom.Geometry> shape(WKBReader reader, byte[] wkb) {
        if (wkb == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(wkb));
        } catch (ParseException e) {
            throw new IllegalStateException("stored shape is not WKB", e);
        }
    }
}
