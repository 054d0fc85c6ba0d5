package nl.stemwerk.app.budget;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.budget.importing.ImportedProject;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code budget}, {@code budget_group}, {@code budget_project} and {@code budget_project_category}. */
@Repository
class BudgetRepository {
    private final JdbcClient jdbc;

    BudgetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long municipalityId, BudgetSettings s) {
        long id = jdbc.sql("""
                insert into budget (municipality_id, name, description, amount_cents, voting_method, min_projects,
                                    max_projects, rule_id, phase, submission_opens, submission_closes, voting_opens,
                                    voting_closes, result_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PREPARATION', ?, ?, ?, ?, ?) returning id""")
                .params(municipalityId, s.name(), s.description(), s.amount().cents(), s.method().name(),
                        s.minProjects(), s.maxProjects(), s.ruleId(), date(s.dates().submissionOpens()),
                        date(s.dates().submissionCloses()), date(s.dates().votingOpens()),
                        date(s.dates().votingCloses()), date(s.dates().resultOn()))
                .query(Long.class).single();
        insertGroups(id, s);
        return id;
    }

    void update(long id, int version, BudgetSettings s) {
        int rows = jdbc.sql("""
                update budget set name = ?, description = ?, amount_cents = ?, voting_method = ?, min_projects = ?,
                                  max_projects = ?, rule_id = ?, submission_opens = ?, submission_closes = ?,
                                  voting_opens = ?, voting_closes = ?, result_on = ?, version = version + 1
                where id = ? and version = ?""")
                .params(s.name(), s.description(), s.amount().cents(), s.method().name(), s.minProjects(),
                        s.maxProjects(), s.ruleId(), date(s.dates().submissionOpens()),
                        date(s.dates().submissionCloses()), date(s.dates().votingOpens()),
                        date(s.dates().votingCloses()), date(s.dates().resultOn()), id, version)
                .update();
        requireOne(rows);
        jdbc.sql("delete from budget_group where budget_id = ?").param(id).update();
        insertGroups(id, s);
    }

    void updatePhase(long id, int version, BudgetPhase phase) {
        requireOne(jdbc.sql("update budget set phase = ?, version = version + 1 where id = ? and version = ?")
                .params(phase.name(), id, version).update());
    }

    boolean hasCount(long budgetId) {
        return jdbc.sql("select exists (select 1 from budget_count where budget_id = ?)").param(budgetId)
                .query(Boolean.class).single();
    }

    Optional<Budget> find(long id) {
        return jdbc.sql("select * from budget where id = ?").param(id).query((rs, n) -> budget(rs, groups(id)))
                .optional();
    }

    List<Budget> list() {
        List<Long> ids = jdbc.sql("select id from budget order by created_at desc, id desc").query(Long.class).list();
        return ids.stream().map(id -> find(id).orElseThrow()).toList();
    }

    List<BudgetProject> projects(long budgetId) {
        Map<Long, List<String>> categories = new LinkedHashMap<>();
        jdbc.sql("""
                select c.project_id, c.category from budget_project_category c
                join budget_project p on p.id = c.project_id where p.budget_id = ? order by c.category""")
                .param(budgetId)
                .query(rs -> {
                    categories.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("select * from budget_project where budget_id = ? order by position").param(budgetId)
                .query((rs, n) -> new BudgetProject(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), Money.ofCents(rs.getLong("cost_cents")), rs.getString("area"),
                        categories.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    void replaceProjects(long budgetId, List<ImportedProject> projects) {
        jdbc.sql("delete from budget_project where budget_id = ?").param(budgetId).update();
        int position = 0;
        for (ImportedProject p : projects) {
            long projectId = jdbc.sql("""
                    insert into budget_project (budget_id, code, name, description, cost_cents, area, position)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(budgetId, p.code(), p.name(), p.description(), p.cost().cents(), p.area(), position++)
                    .query(Long.class).single();
            for (String category : p.categories()) {
                jdbc.sql("insert into budget_project_category (project_id, category) values (?, ?)")
                        .params(projectId, category).update();
            }
        }
    }

    private void insertGroups(long budgetId, BudgetSettings s) {
        int position = 0;
        for (BudgetGroup g : s.groups()) {
            jdbc.sql("insert into budget_group (budget_id, kind, name, cap_cents, position) values (?, ?, ?, ?, ?)")
                    .params(budgetId, g.kind().name(), g.name(), g.hasCap() ? g.cap().cents() : null, position++)
                    .update();
        }
    }

    private List<BudgetGroup> groups(long budgetId) {
        return jdbc.sql("select * from budget_group where budget_id = ? order by kind, position").param(budgetId)
                .query((rs, n) -> new BudgetGroup(GroupKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getObject("cap_cents") == null ? null : Money.ofCents(rs.getLong("cap_cents"))))
                .list();
    }

    private static Budget budget(ResultSet rs, List<BudgetGroup> groups) throws SQLException {
        BudgetDates dates = new BudgetDates(localDate(rs, "submission_opens"), localDate(rs, "submission_closes"),
                localDate(rs, "voting_opens"), localDate(rs, "voting_closes"), localDate(rs, "result_on"));
        BudgetSettings settings = new BudgetSettings(rs.getString("name"), rs.getString("description"),
                Money.ofCents(rs.getLong("amount_cents")), VotingMethod.valueOf(rs.getString("voting_method")),
                rs.getInt("min_projects"), rs.getObject("max_projects", Integer.class), rs.getString("rule_id"),
                dates, groups);
        return new Budget(rs.getLong("id"), settings, BudgetPhase.valueOf(rs.getString("phase")),
                rs.getInt("version"));
    }

    private static void requireOne(int rows) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("budget changed by someone else");
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
