package nl.stemwerk.app.budget;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.money.Money;

/**
 * What the griffie sets for a burgerbegroting.
 *
 * @param name        the title residents see
 * @param description what it is about, a few sentences
 * @param amount      the money residents decide about
 * @param method      approval (min/max projects) or knapsack (within the budget)
 * @param minProjects fewest projects on a ballot, at least 1
 * @param maxProjects most projects on a ballot, {@code null} for no maximum
 * @param ruleId      the rule without caps (see {@link RulePresets})
 * @param dates       the dates residents see
 * @param groups      areas and categories, each with an optional cap
 */
public record BudgetSettings(String name, String description, Money amount, VotingMethod method, int minProjects,
                             Integer maxProjects, String ruleId, BudgetDates dates, List<BudgetGroup> groups) {

    public BudgetSettings {
        name = name == null ? "" : name.strip();
        description = description == null ? "" : description.strip();
        dates = dates == null ? BudgetDates.NONE : dates;
        groups = List.copyOf(groups);
    }

    /** Every problem at once, by form field; nothing is stored when there is one. */
    public void validate() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (name.isEmpty() || name.length() > 200) {
            problems.add("name", "Geef de burgerbegroting een naam van hoogstens 200 tekens.");
        }
        if (description.length() > 4000) {
            problems.add("description", "De uitleg is te lang: hoogstens 4000 tekens.");
        }
        if (amount == null || !amount.isPositive()) {
            problems.add("amount", "Het budget moet meer dan 0 euro zijn.");
        }
        if (method == null) {
            problems.add("method", "Kies hoe inwoners stemmen.");
        }
        if (minProjects < 1) {
            problems.add("minProjects", "Inwoners kiezen minstens 1 project.");
        }
        if (maxProjects != null && maxProjects < Math.max(1, minProjects)) {
            problems.add("maxProjects", "Het maximum aantal projecten (" + maxProjects + ") is kleiner dan het"
                    + " minimum (" + minProjects + ").");
        }
        try {
            RulePresets.parse(ruleId);
        } catch (InvalidInput e) {
            problems.add("ruleId", e.fieldMessages().get("ruleId"));
        }
        checkDates(problems);
        checkGroups(problems);
        problems.throwIfAny();
    }

    private void checkDates(InvalidInput.Collector problems) {
        if (dates.submissionOpens() != null && dates.submissionCloses() != null
                && dates.submissionCloses().isBefore(dates.submissionOpens())) {
            problems.add("submissionCloses", "Het indienen sluit voordat het opengaat. Kijk de datums na.");
        }
        if (dates.votingOpens() != null && dates.votingCloses() != null
                && dates.votingCloses().isBefore(dates.votingOpens())) {
            problems.add("votingCloses", "Het stemmen sluit voordat het opengaat. Kijk de datums na.");
        }
    }

    private void checkGroups(InvalidInput.Collector problems) {
        Set<String> seen = new HashSet<>();
        for (BudgetGroup group : groups) {
            String field = group.kind() == GroupKind.AREA ? "areas" : "categories";
            if (!seen.add(group.kind() + ":" + group.name())) {
                problems.add(field, "'" + group.name() + "' staat twee keer in de lijst.");
            }
            if (group.hasCap() && amount != null && group.cap().exceeds(amount)) {
                problems.add(field, "Het maximum voor '" + group.name() + "' is hoger dan het hele budget.");
            }
        }
    }
}
