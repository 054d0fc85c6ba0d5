package nl.stemwerk.app.referral;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.dataentry.EntryCodec;
import nl.stemwerk.app.dataentry.EntryShape;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.totalling.MunicipalTotal;
import nl.stemwerk.kieswet.totalling.StationResults;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results the GSB has adopted, corrections included: per polling station the definitive entry of the latest
 * finished GSB session that entered it. A station corrected after a referral counts with its corrigendum, every
 * other station with its first result; an entry of a later session whose investigation was switched to "without new
 * results" does not count.
 */
@Service
public class CorrectedResults {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ElectionService elections;

    CorrectedResults(JdbcClient jdbc, ElectionService elections) {
        this.jdbc = jdbc;
        this.elections = elections;
    }

    /** Per station (in station order) the adopted result, corrections included. */
    public List<PollingStationResults> adoptedPerStation(long electionId) {
        StoredElection election = elections.get(electionId);
        EntryShape shape = EntryShape.of(election.countingMethod().gsbEntryModel(), election.lists());
        return jdbc.sql("""
                select distinct on (d.election_station_id) es.number, r.fields
                from data_entry d
                join election_station es on es.id = d.election_station_id
                join committee_session s on s.id = d.session_id
                join lateral (select status from committee_session_state x where x.session_id = s.id
                              order by x.version desc limit 1) ss on true
                join lateral (select * from data_entry_state x where x.data_entry_id = d.id
                              order by x.version desc limit 1) st on true
                join report_entry r on r.id = st.second_entry_id
                where s.election_id = ? and s.committee = 'GSB' and ss.status = 'COMPLETED'
                  and st.status = 'DEFINITIVE'
                  and (s.number = 1 or exists (
                      select 1 from correction c
                      join lateral (select status from investigation_state x where x.investigation_id = c.investigation_id
                                    order by x.version desc limit 1) inv on true
                      where c.data_entry_id = d.id and inv.status = 'CONCLUDED_WITH_NEW_RESULTS'))
                order by d.election_station_id, s.number desc""").param(electionId)
                .query((rs, n) -> StationResults.of(rs.getInt("number"),
                        EntryCodec.decode(shape, JSON.readValue(rs.getString("fields"), FIELDS))))
                .list().stream()
                .sorted(java.util.Comparator.comparingInt(PollingStationResults::pollingStationNumber)).toList();
    }

    /** The municipal total of the adopted results, or empty before the GSB finished a session. */
    public Optional<PollingStationResults> adoptedTotal(long electionId) {
        List<PollingStationResults> stations = adoptedPerStation(electionId);
        return stations.isEmpty() ? Optional.empty() : Optional.of(MunicipalTotal.of(stations));
    }
}
