package nl.stemwerk.app.election.importedcount;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.stemwerk.app.election.emlfile.StoredEmlFile;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.kieswet.results.VotesCounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code imported_count}, {@code imported_count_station} and {@code imported_count_votes}. */
@Repository
class ImportedCountRepository {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ImportedCountRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** A stored count without its figures. */
    record Header(long id, long electionId, long fileId, String sha256, String source, String importedBy,
                  Instant importedAt) {
    }

    long insert(long electionId, StoredEmlFile file, String source, String actor, CountFile.Read read) {
        long id = jdbc.sql("""
                insert into imported_count (election_id, eml_file_id, sha256, source, imported_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(electionId, file.id(), file.sha256(), source, actor).query(Long.class).single();
        insertFigures(id, read.total());
        read.stations().forEach(station -> insertFigures(id, station));
        return id;
    }

    private void insertFigures(long countId, ImportedCount.Figures figures) {
        PollingStationResults r = figures.results();
        jdbc.sql("""
                insert into imported_count_station (imported_count_id, station_number, reporting_unit_id, name,
                    eligible_voters, poll_cards, proxy_certificates, voter_cards, admitted_voters, valid_votes,
                    blank_votes, invalid_votes, more_ballots, fewer_ballots, explanations)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(countId, figures.stationNumber(), figures.reportingUnitId(), figures.name(),
                        figures.eligibleVoters(), r.voters().pollCardCount(), r.voters().proxyCertificateCount(),
                        r.voters().voterCardCount(), r.voters().totalAdmittedVotersCount(),
                        r.votes().totalVotesCandidatesCount(), r.votes().blankVotesCount(),
                        r.votes().invalidVotesCount(), r.differences().moreBallotsCount(),
                        r.differences().fewerBallotsCount(), JSON.writeValueAsString(figures.explanations()))
                .update();
        List<Object[]> votes = new ArrayList<>();
        for (CandidateVotes list : r.candidateVotes()) {
            votes.add(new Object[] {countId, figures.stationNumber(), list.politicalGroupNumber(), 0, list.total()});
            for (int i = 0; i < list.candidateVotes().size(); i++) {
                votes.add(new Object[] {countId, figures.stationNumber(), list.politicalGroupNumber(), i + 1,
                        list.candidateVotes().get(i)});
            }
        }
        batch.batchUpdate("insert into imported_count_votes (imported_count_id, station_number, list_number,"
                + " candidate_number, votes) values (?, ?, ?, ?, ?)", votes);
    }

    List<Header> ofElection(long electionId) {
        return jdbc.sql("select * from imported_count where election_id = ? order by id")
                .param(electionId).query((rs, n) -> header(rs)).list();
    }

    Optional<Header> find(long id) {
        return jdbc.sql("select * from imported_count where id = ?").param(id).query((rs, n) -> header(rs))
                .optional();
    }

    /** The figures of a count: the total (station 0) first, then the stations in number order. */
    List<ImportedCount.Figures> figures(long countId) {
        Map<Integer, Map<Integer, TreeMap<Integer, Long>>> votes = new TreeMap<>();
        jdbc.sql("select station_number, list_number, candidate_number, votes from imported_count_votes"
                        + " where imported_count_id = ?").param(countId)
                .query(rs -> {
                    votes.computeIfAbsent(rs.getInt(1), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getInt(2), k -> new TreeMap<>()).put(rs.getInt(3), rs.getLong(4));
                });
        return jdbc.sql("select * from imported_count_station where imported_count_id = ? order by station_number")
                .param(countId)
                .query((rs, n) -> figures(rs, votes.getOrDefault(rs.getInt("station_number"), Map.of()))).list();
    }

    private static ImportedCount.Figures figures(ResultSet rs, Map<Integer, TreeMap<Integer, Long>> lists)
            throws SQLException {
        int station = rs.getInt("station_number");
        List<VotesCounts.PoliticalGroupTotal> totals = new ArrayList<>();
        List<CandidateVotes> candidates = new ArrayList<>();
        lists.forEach((list, byCandidate) -> {
            long total = byCandidate.getOrDefault(0, 0L);
            totals.add(new VotesCounts.PoliticalGroupTotal(list, total));
            int highest = byCandidate.lastKey();
            List<Long> perCandidate = new ArrayList<>(Collections.nCopies(highest, 0L));
            byCandidate.forEach((candidate, votes) -> {
                if (candidate > 0) {
                    perCandidate.set(candidate - 1, votes);
                }
            });
            candidates.add(new CandidateVotes(list, total, perCandidate));
        });
        long valid = rs.getLong("valid_votes");
        long blank = rs.getLong("blank_votes");
        long invalid = rs.getLong("invalid_votes");
        PollingStationResults results = new PollingStationResults(station,
                new VotersCounts(rs.getLong("poll_cards"), rs.getLong("proxy_certificates"), rs.getLong("voter_cards"),
                        rs.getLong("admitted_voters")),
                new VotesCounts(totals, valid, blank, invalid, valid + blank + invalid),
                new DifferencesCounts(rs.getLong("more_ballots"), rs.getLong("fewer_ballots"),
                        DifferencesCounts.Comparison.NOT_ENTERED, DifferencesCounts.Explained.NOT_ENTERED),
                candidates);
        Map<String, Long> explanations = new LinkedHashMap<>(JSON.readValue(rs.getString("explanations"),
                new TypeReference<Map<String, Long>>() { }));
        return new ImportedCount.Figures(station, rs.getString("reporting_unit_id"), rs.getString("name"),
                rs.getLong("eligible_voters"), results, explanations);
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getLong("election_id"), rs.getLong("eml_file_id"),
                rs.getString("sha256"), rs.getString("source"), rs.getString("imported_by"),
                rs.getTimestamp("imported_at").toInstant());
    }
}
