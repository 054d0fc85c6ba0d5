package nl.stemwerk.app.budget.counting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.budgeting.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code budget_lot}, {@code budget_count} and {@code budget_count_project}; append-only. */
@Repository
class CountRepository {
    private final JdbcClient jdbc;

    CountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertLot(long budgetId, String seed, List<String> order, String drawnBy) {
        jdbc.sql("insert into budget_lot (budget_id, seed, project_order, drawn_by) values (?, ?, ?, ?)")
                .params(budgetId, seed, String.join(",", order), drawnBy).update();
    }

    Optional<StoredCount.StoredLot> lot(long budgetId) {
        return jdbc.sql("select * from budget_lot where budget_id = ?").param(budgetId)
                .query((rs, n) -> new StoredCount.StoredLot(rs.getString("seed"),
                        List.of(rs.getString("project_order").split(",")), rs.getString("drawn_by"),
                        rs.getTimestamp("drawn_at").toInstant()))
                .optional();
    }

    void insertCount(long budgetId, StoredCount count) {
        jdbc.sql("""
                insert into budget_count (budget_id, rule_id, ballots, input_sha256, total_cost_cents, endowment,
                                          summary, rule_text, counted_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(budgetId, count.ruleId(), count.ballots(), count.inputSha256(), count.totalCost().cents(),
                        count.endowment(), count.summary(), count.ruleText(), count.countedBy())
                .update();
        for (StoredCount.CountedProject p : count.projects()) {
            jdbc.sql("""
                    insert into budget_count_project (budget_id, project_id, selected, rank, votes, explanation)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(budgetId, p.project().id(), p.selected(), p.rank(), p.votes(), p.explanation()).update();
        }
    }

    Optional<StoredCount> count(long budgetId, List<BudgetProject> projects) {
        Optional<StoredCount.StoredLot> lot = lot(budgetId);
        Map<Long, BudgetProject> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.id(), p));
        List<StoredCount.CountedProject> counted = jdbc.sql("""
                select c.* from budget_count_project c join budget_project p on p.id = c.project_id
                where c.budget_id = ? order by p.position""")
                .param(budgetId)
                .query((rs, n) -> new StoredCount.CountedProject(byId.get(rs.getLong("project_id")),
                        rs.getBoolean("selected"), rs.getObject("rank", Integer.class), rs.getInt("votes"),
                        rs.getString("explanation")))
                .list();
        return jdbc.sql("select * from budget_count where budget_id = ?").param(budgetId)
                .query((rs, n) -> new StoredCount(rs.getString("rule_id"), lot.orElseThrow(), rs.getInt("ballots"),
                        rs.getString("input_sha256"), Money.ofCents(rs.getLong("total_cost_cents")),
                        rs.getString("endowment"), rs.getString("summary"), rs.getString("rule_text"),
                        rs.getString("counted_by"), rs.getTimestamp("counted_at").toInstant(), counted))
                .optional();
    }
}
