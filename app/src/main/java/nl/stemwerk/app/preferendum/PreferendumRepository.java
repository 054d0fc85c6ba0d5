package nl.stemwerk.app.preferendum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.votingcode.Channel;
import nl.stemwerk.budgeting.preferendum.PreferendumBallot;
import nl.stemwerk.budgeting.preferendum.PreferendumOption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code preferendum}, {@code preferendum_option}, {@code preferendum_ballot}, {@code preferendum_answer}. */
@Repository
class PreferendumRepository {
    private final JdbcClient jdbc;

    PreferendumRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long municipalityId, String question, String description, int min, int max, List<String> labels) {
        long id = jdbc.sql("""
                insert into preferendum (municipality_id, question, description, method, min_score, max_score, status)
                values (?, ?, ?, 'SCORE', ?, ?, 'PREPARATION') returning id""")
                .params(municipalityId, question, description, min, max).query(Long.class).single();
        for (int i = 0; i < labels.size(); i++) {
            jdbc.sql("insert into preferendum_option (preferendum_id, code, label, position) values (?, ?, ?, ?)")
                    .params(id, String.valueOf(i + 1), labels.get(i), i).update();
        }
        return id;
    }

    Optional<StoredPreferendum> find(long id) {
        return list("where p.id = ?", id).stream().findFirst();
    }

    List<StoredPreferendum> list() {
        return list("", null);
    }

    void updateStatus(long id, int version, PreferendumStatus status) {
        int rows = jdbc.sql("update preferendum set status = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), id, version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("preferendum " + id + " changed");
        }
    }

    void insertBallot(long id, String voterRef, Channel channel, String enteredBy, Map<String, Integer> scores) {
        long ballot = jdbc.sql("""
                insert into preferendum_ballot (preferendum_id, voter_ref, channel, entered_by)
                values (?, ?, ?, ?) returning id""").params(id, voterRef, channel.name(), enteredBy)
                .query(Long.class).single();
        scores.forEach((code, value) -> jdbc.sql("""
                insert into preferendum_answer (ballot_id, option_id, value)
                select ?, o.id, ? from preferendum_option o where o.preferendum_id = ? and o.code = ?""")
                .params(ballot, value, id, code).update());
    }

    List<PreferendumBallot.Scores> ballots(long id) {
        Map<String, Map<String, Integer>> byVoter = new LinkedHashMap<>();
        jdbc.sql("""
                select b.voter_ref, o.code, a.value from preferendum_ballot b
                join preferendum_answer a on a.ballot_id = b.id join preferendum_option o on o.id = a.option_id
                where b.preferendum_id = ? order by b.id, o.position""").param(id)
                .query(rs -> {
                    byVoter.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2),
                            rs.getInt(3));
                });
        List<PreferendumBallot.Scores> ballots = new ArrayList<>();
        byVoter.forEach((voter, scores) -> ballots.add(new PreferendumBallot.Scores(voter, scores)));
        return ballots;
    }

    long turnout(long id) {
        return jdbc.sql("select count(*) from preferendum_ballot where preferendum_id = ?").param(id)
                .query(Long.class).single();
    }

    private List<StoredPreferendum> list(String where, Object param) {
        Map<Long, List<PreferendumOption>> options = new HashMap<>();
        jdbc.sql("select preferendum_id, code, label from preferendum_option order by preferendum_id, position")
                .query(rs -> {
                    options.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PreferendumOption(rs.getString(2), rs.getString(3)));
                });
        var statement = jdbc.sql("""
                select p.id, p.question, p.description, p.min_score, p.max_score, p.status, p.version
                from preferendum p""" + " " + where + " order by p.id desc");
        if (param != null) {
            statement = statement.param(param);
        }
        return statement.query((rs, n) -> new StoredPreferendum(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getInt(4), rs.getInt(5), PreferendumStatus.valueOf(rs.getString(6)), rs.getInt(7),
                options.getOrDefault(rs.getLong(1), List.of()))).list();
    }
}
