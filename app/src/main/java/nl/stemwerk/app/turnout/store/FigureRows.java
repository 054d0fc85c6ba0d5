package nl.stemwerk.app.turnout.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.cbs.EligibleVotersEstimate;
import nl.stemwerk.turnout.cbs.PopulationBasis;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code turnout_population} and {@code turnout_eligible_estimate}: CBS figures as read. */
@Repository
public class FigureRows {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    public FigureRows(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insertPopulation(long importId, List<AreaPopulation> population) {
        List<Object[]> rows = new ArrayList<>();
        for (AreaPopulation p : population) {
            rows.add(new Object[] {importId, rows.size(), p.areaCode(), p.name(), p.count(), p.basis().name(), p.source()});
        }
        batch.batchUpdate("insert into turnout_population (import_id, position, area_code, name, persons, basis, source)"
                + " values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    public void insertEstimates(long importId, List<EligibleVotersEstimate> estimates) {
        List<Object[]> rows = new ArrayList<>();
        for (EligibleVotersEstimate e : estimates) {
            rows.add(new Object[] {importId, rows.size(), e.municipalityCode(), e.municipalityName(), e.eligibleVoters(),
                e.roundedTo(), e.table()});
        }
        batch.batchUpdate("""
                insert into turnout_eligible_estimate (import_id, position, municipality_code, municipality_name,
                                                       eligible_voters, rounded_to, table_name)
                values (?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The population per area of the latest population import of a municipality. */
    public List<AreaPopulation> currentPopulation(long municipalityId) {
        return jdbc.sql("""
                select p.* from turnout_population p
                where p.import_id = (select max(id) from turnout_import
                                     where municipality_id = ? and kind = 'POPULATION')
                order by p.position""").param(municipalityId)
                .query((rs, n) -> new AreaPopulation(rs.getString("area_code"), rs.getString("name"),
                        rs.getLong("persons"), PopulationBasis.valueOf(rs.getString("basis")), rs.getString("source")))
                .list();
    }

    /** The latest CBS estimate for a municipality, from whichever table holds it. */
    public Optional<EligibleVotersEstimate> currentEstimate(String municipalityCode) {
        return jdbc.sql("""
                select * from turnout_eligible_estimate where municipality_code = ?
                order by import_id desc limit 1""").param(municipalityCode)
                .query((rs, n) -> new EligibleVotersEstimate(rs.getString("municipality_code"),
                        rs.getString("municipality_name"), rs.getLong("eligible_voters"), rs.getLong("rounded_to"),
                        rs.getString("table_name"))).optional();
    }
}
