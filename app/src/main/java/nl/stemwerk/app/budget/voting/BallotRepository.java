package nl.stemwerk.app.budget.voting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.budget.votingcode.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code budget_ballot} and {@code budget_ballot_project}; append-only. */
@Repository
public class BallotRepository {
    /** A stored ballot: the pseudonym, how it came in, and the project codes chosen. */
    public record StoredBallot(String voterRef, Channel channel, List<String> projectCodes) {
    }

    private final JdbcClient jdbc;

    BallotRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long budgetId, String voterRef, Channel channel, String enteredBy, List<Long> projectIds) {
        long ballotId = jdbc.sql("insert into budget_ballot (budget_id, voter_ref, channel, entered_by)"
                        + " values (?, ?, ?, ?) returning id")
                .params(budgetId, voterRef, channel.name(), enteredBy).query(Long.class).single();
        for (long projectId : projectIds) {
            jdbc.sql("insert into budget_ballot_project (ballot_id, project_id) values (?, ?)")
                    .params(ballotId, projectId).update();
        }
    }

    /** Every ballot, ordered by pseudonym (so the order says nothing about when anyone voted). */
    public List<StoredBallot> ballots(long budgetId) {
        Map<Long, StoredBallot> byId = new LinkedHashMap<>();
        jdbc.sql("select id, voter_ref, channel from budget_ballot where budget_id = ? order by voter_ref")
                .param(budgetId)
                .query(rs -> {
                    byId.put(rs.getLong(1), new StoredBallot(rs.getString(2), Channel.valueOf(rs.getString(3)),
                            new ArrayList<>()));
                });
        jdbc.sql("""
                select bp.ballot_id, p.code from budget_ballot_project bp join budget_project p on p.id = bp.project_id
                join budget_ballot b on b.id = bp.ballot_id where b.budget_id = ? order by p.position""")
                .param(budgetId)
                .query(rs -> {
                    byId.get(rs.getLong(1)).projectCodes().add(rs.getString(2));
                });
        return byId.values().stream().map(b -> new StoredBallot(b.voterRef(), b.channel(),
                List.copyOf(b.projectCodes()))).toList();
    }

    /** How many ballots came in, per channel: turnout, not a result. */
    public Map<Channel, Long> turnout(long budgetId) {
        Map<Channel, Long> counts = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            counts.put(channel, 0L);
        }
        jdbc.sql("select channel, count(*) from budget_ballot where budget_id = ? group by channel").param(budgetId)
                .query(rs -> {
                    counts.put(Channel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }
}
