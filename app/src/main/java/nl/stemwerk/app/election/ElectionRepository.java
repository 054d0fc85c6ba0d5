package nl.stemwerk.app.election;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.kieswet.election.ElectionDomain;
import nl.stemwerk.kieswet.election.Gender;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code election}, {@code election_list}, {@code candidate} and {@code election_station}. */
@Repository
class ElectionRepository {
    private static final RowMapper<ElectionStation> STATION = (rs, n) -> new ElectionStation(rs.getLong("id"),
            rs.getLong("polling_station_id"), rs.getInt("number"), rs.getString("name"), rs.getString("postcode"),
            PollingStationType.valueOf(rs.getString("station_type")), rs.getObject("voters", Long.class));

    private final JdbcClient jdbc;

    ElectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long municipalityId, Election election, CountingMethod method) {
        return jdbc.sql("""
                insert into election (municipality_id, identifier, name, category, subcategory, domain_code,
                                      domain_name, election_date, nomination_date, seats, counting_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(municipalityId, election.identifier(), election.name(), election.category().emlCode(),
                        election.subcategory(), election.domain().code(), election.domain().name(),
                        Date.valueOf(election.electionDate()),
                        election.nominationDate() == null ? null : Date.valueOf(election.nominationDate()),
                        election.numberOfSeats(), method.name())
                .query(Long.class).single();
    }

    void insertList(long electionId, PoliticalGroup list) {
        jdbc.sql("insert into election_list (election_id, number, name) values (?, ?, ?)")
                .params(electionId, list.number(), list.name()).update();
        for (Candidate c : list.candidates()) {
            jdbc.sql("""
                    insert into candidate (election_id, list_number, number, initials, first_name, name_prefix,
                                           last_name, gender, locality)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(electionId, list.number(), c.number(), c.initials(), c.firstName(), c.lastNamePrefix(),
                            c.lastName(), c.gender().name(), c.locality())
                    .update();
        }
    }

    void insertStation(long electionId, long pollingStationId, nl.stemwerk.kieswet.election.PollingStation station) {
        jdbc.sql("""
                insert into election_station (election_id, polling_station_id, number, name, station_type, voters)
                values (?, ?, ?, ?, ?, ?)""")
                .params(electionId, pollingStationId, station.number(), station.name(), station.type().name(),
                        station.numberOfVoters().isPresent() ? station.numberOfVoters().getAsLong() : null)
                .update();
    }

    boolean identifierExists(String identifier) {
        return jdbc.sql("select count(*) from election where identifier = ?").param(identifier)
                .query(Long.class).single() > 0;
    }

    void updateCountingMethod(long electionId, CountingMethod method) {
        jdbc.sql("update election set counting_method = ? where id = ?").params(method.name(), electionId).update();
    }

    List<ElectionSummary> list() {
        return jdbc.sql("select id, identifier, name, election_date, seats, counting_method from election"
                        + " order by election_date desc, id desc")
                .query((rs, n) -> summary(rs)).list();
    }

    /** The election's revision (V160): it changes with every change to what {@link #find} reads. */
    Optional<Long> revision(long electionId) {
        return jdbc.sql("select revision from election_revision where election_id = ?").param(electionId)
                .query(Long.class).optional();
    }

    Optional<StoredElection> find(long id) {
        Optional<Row> row = jdbc.sql("select * from election where id = ?").param(id).query((rs, n) -> row(rs))
                .optional();
        return row.map(r -> new StoredElection(id, r.election(lists(id)), r.method(), stations(id)));
    }

    List<ElectionStation> stations(long electionId) {
        return jdbc.sql("""
                select s.*, p.postcode from election_station s join polling_station p on p.id = s.polling_station_id
                where s.election_id = ? order by s.number""").param(electionId)
                .query(STATION).list();
    }

    private List<PoliticalGroup> lists(long electionId) {
        Map<Integer, String> names = new LinkedHashMap<>();
        jdbc.sql("select number, name from election_list where election_id = ? order by number").param(electionId)
                .query(rs -> {
                    names.put(rs.getInt("number"), rs.getString("name"));
                });
        Map<Integer, List<Candidate>> candidates = new LinkedHashMap<>();
        jdbc.sql("select * from candidate where election_id = ? order by list_number, number").param(electionId)
                .query(rs -> {
                    candidates.computeIfAbsent(rs.getInt("list_number"), k -> new ArrayList<>()).add(new Candidate(
                            rs.getInt("number"), rs.getString("initials"), rs.getString("first_name"),
                            rs.getString("name_prefix"), rs.getString("last_name"),
                            Gender.valueOf(rs.getString("gender")), rs.getString("locality")));
                });
        return names.entrySet().stream().map(e -> new PoliticalGroup(e.getKey(), e.getValue(),
                candidates.getOrDefault(e.getKey(), List.of()))).toList();
    }

    private static ElectionSummary summary(ResultSet rs) throws SQLException {
        return new ElectionSummary(rs.getLong("id"), rs.getString("identifier"), rs.getString("name"),
                rs.getDate("election_date").toLocalDate(), rs.getInt("seats"),
                CountingMethod.valueOf(rs.getString("counting_method")));
    }

    private static Row row(ResultSet rs) throws SQLException {
        Date nomination = rs.getDate("nomination_date");
        return new Row(rs.getString("identifier"), rs.getString("name"), rs.getString("category"),
                rs.getString("subcategory"), new ElectionDomain(rs.getString("domain_code"), rs.getString("domain_name")),
                rs.getDate("election_date").toLocalDate(), nomination == null ? null : nomination.toLocalDate(),
                rs.getInt("seats"), CountingMethod.valueOf(rs.getString("counting_method")));
    }

    private record Row(String identifier, String name, String category, String subcategory, ElectionDomain domain,
                       java.time.LocalDate date, java.time.LocalDate nominationDate, int seats, CountingMethod method) {
        Election election(List<PoliticalGroup> lists) {
            return new Election(identifier, name, ElectionCategory.fromEmlCode(category), subcategory, domain, date,
                    nominationDate, seats, lists);
        }
    }
}
