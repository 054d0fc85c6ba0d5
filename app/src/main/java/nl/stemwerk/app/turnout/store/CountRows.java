package nl.stemwerk.app.turnout.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.count.VotingDay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code turnout_count} and {@code turnout_count_station}: counts exactly as the reader returned them. */
@Repository
public class CountRows {
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ImportRows imports;

    public CountRows(JdbcClient jdbc, JdbcTemplate batch, ImportRows imports) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.imports = imports;
    }

    public void insert(long importId, ElectionCount count) {
        jdbc.sql("""
                insert into turnout_count (import_id, election_name, election_date, municipality_code,
                                           municipality_name, called_voters_total)
                values (?, ?, ?, ?, ?, ?)""")
                .params(importId, count.electionName(), Date.valueOf(count.electionDate()), count.municipalityCode(),
                        count.municipalityName(), count.calledVotersTotal()).update();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count.stations().size(); i++) {
            StationCount s = count.stations().get(i);
            rows.add(new Object[] {importId, i, s.number(), s.name(), s.postcode(), s.station().type().name(),
                s.calledVoters(), s.voters().pollCardCount(), s.voters().proxyCertificateCount(),
                s.voters().voterCardCount(), s.admittedVoters(), s.validVotes(), s.blankVotes(), s.invalidVotes(),
                s.isEarly(), s.votingDay().date().map(Date::valueOf).orElse(null)});
        }
        batch.batchUpdate("""
                insert into turnout_count_station (import_id, position, number, name, postcode, station_type,
                    called_voters, poll_cards, proxy_certificates, voter_cards, admitted_voters, valid_votes,
                    blank_votes, invalid_votes, early, voting_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /**
     * The counts of a municipality in use: per election (date and name) the latest import, oldest election first.
     */
    public List<StoredCount> current(long municipalityId) {
        List<Header> headers = jdbc.sql("""
                select distinct on (c.election_date, c.election_name) c.*, i.file_name
                from turnout_count c join turnout_import i on i.id = c.import_id
                where i.municipality_id = ?
                order by c.election_date, c.election_name, c.import_id desc""")
                .param(municipalityId).query((rs, n) -> header(rs)).list();
        return withStations(headers);
    }

    /** Per municipality with a count: how many elections and the latest, for the list of municipalities. */
    public Map<Long, ElectionSummary> summaries() {
        Map<Long, ElectionSummary> summaries = new HashMap<>();
        jdbc.sql("""
                select distinct on (i.municipality_id) i.municipality_id, c.election_name, c.election_date
                from turnout_count c join turnout_import i on i.id = c.import_id
                order by i.municipality_id, c.election_date desc, c.import_id desc""")
                .query(rs -> {
                    summaries.put(rs.getLong("municipality_id"), new ElectionSummary(rs.getString("election_name"),
                            rs.getDate("election_date").toLocalDate()));
                });
        return summaries;
    }

    /** The latest election of a municipality. */
    public record ElectionSummary(String latestElection, LocalDate latestDate) {
    }

    public Optional<StoredCount> find(long importId) {
        return jdbc.sql("""
                select c.*, i.file_name from turnout_count c join turnout_import i on i.id = c.import_id
                where c.import_id = ?""").param(importId).query((rs, n) -> header(rs)).optional()
                .map(h -> withStations(List.of(h)).getFirst());
    }

    private List<StoredCount> withStations(List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StationCount>> stations = new HashMap<>();
        Map<Long, LocalDate> dates = new HashMap<>();
        headers.forEach(h -> dates.put(h.importId, h.electionDate));
        jdbc.sql("select * from turnout_count_station where import_id = any(?) order by import_id, position")
                .param(headers.stream().map(Header::importId).toArray(Long[]::new))
                .query(rs -> {
                    long id = rs.getLong("import_id");
                    stations.computeIfAbsent(id, k -> new ArrayList<>()).add(station(rs, dates.get(id)));
                });
        return headers.stream().map(h -> new StoredCount(h.importId, h.fileName, new ElectionCount(h.electionName,
                h.electionDate, h.municipalityCode, h.municipalityName, h.calledVotersTotal,
                stations.getOrDefault(h.importId, List.of()), imports.readNotes(h.importId)))).toList();
    }

    private record Header(long importId, String fileName, String electionName, LocalDate electionDate,
                          String municipalityCode, String municipalityName, long calledVotersTotal) {
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("import_id"), rs.getString("file_name"), rs.getString("election_name"),
                rs.getDate("election_date").toLocalDate(), rs.getString("municipality_code"),
                rs.getString("municipality_name"), rs.getLong("called_voters_total"));
    }

    private static StationCount station(ResultSet rs, LocalDate electionDate) throws SQLException {
        PollingStation station = new PollingStation(rs.getInt("number"), rs.getString("name"), rs.getString("postcode"),
                PollingStationType.valueOf(rs.getString("station_type")), OptionalLong.of(rs.getLong("called_voters")));
        VotersCounts voters = new VotersCounts(rs.getLong("poll_cards"), rs.getLong("proxy_certificates"),
                rs.getLong("voter_cards"), rs.getLong("admitted_voters"));
        Date date = rs.getDate("voting_date");
        VotingDay day = !rs.getBoolean("early") ? VotingDay.electionDay(electionDate)
                : date == null ? VotingDay.earlyOnUnknownDay() : VotingDay.earlyOn(date.toLocalDate());
        return new StationCount(station, voters, rs.getLong("valid_votes"), rs.getLong("blank_votes"),
                rs.getLong("invalid_votes"), day);
    }
}
