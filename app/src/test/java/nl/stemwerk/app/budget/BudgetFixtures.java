package nl.stemwerk.app.budget;

import java.util.List;
import nl.stemwerk.app.budget.importing.ImportedProject;
import nl.stemwerk.budgeting.money.Money;

/** Budgets in a given phase for tests, built through the same services the pages use. */
public final class BudgetFixtures {
    private BudgetFixtures() {
    }

    public static BudgetSettings settings(String name, long euros, VotingMethod method, String ruleId,
                                          List<BudgetGroup> groups) {
        return new BudgetSettings(name, "", Money.ofUnits(euros), method, 1, null, ruleId, BudgetDates.NONE, groups);
    }

    public static ImportedProject project(String code, String name, long euros, String area, List<String> categories) {
        return new ImportedProject(0, code, name, "", Money.ofUnits(euros), area, categories);
    }

    /** A budget in the voting phase with these projects. */
    public static long voting(BudgetService budgets, BudgetSettings settings, List<ImportedProject> projects) {
        long id = budgets.create(settings);
        budgets.replaceProjects(id, projects, "test");
        budgets.transition(id, budgets.get(id).version(), PhaseAction.SKIP_SUBMISSION);
        budgets.transition(id, budgets.get(id).version(), PhaseAction.OPEN_VOTING);
        return id;
    }

    /** Three projects of a small village budget of € 50.000, voting open, approval. */
    public static long smallVoting(BudgetService budgets, String name) {
        return voting(budgets, settings(name, 50_000, VotingMethod.APPROVAL, RulePresets.EQUAL_SHARES, List.of()),
                List.of(project("1", "Bankjes langs de dijk", 12_500, null, List.of()),
                        project("2", "Speeltuin Dreumel", 30_000, null, List.of()),
                        project("3", "Bloemrijke bermen", 20_000, null, List.of())));
    }

    public static void move(BudgetService budgets, long id, PhaseAction action) {
        budgets.transition(id, budgets.get(id).version(), action);
    }
}
