package nl.stemwerk.app.budget;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.money.Money;

/** The set-up form as typed, so a page with problems shows exactly what the griffie entered. */
public record BudgetForm(String name, String description, String amount, String method, String minProjects,
                         String maxProjects, String ruleId, String submissionOpens, String submissionCloses,
                         String votingOpens, String votingCloses, String resultOn, String areas, String categories) {

    /** An empty form with the defaults: approval voting, at least 1 project, the recommended rule. */
    public static BudgetForm blank() {
        return new BudgetForm("", "", "", VotingMethod.APPROVAL.name(), "1", "", RulePresets.EQUAL_SHARES, "", "", "",
                "", "", "", "");
    }

    public static BudgetForm of(Budget budget) {
        BudgetSettings s = budget.settings();
        BudgetDates d = s.dates();
        return new BudgetForm(s.name(), s.description(), BudgetFormat.plainEuros(s.amount()), s.method().name(),
                Integer.toString(s.minProjects()), s.maxProjects() == null ? "" : s.maxProjects().toString(),
                s.ruleId(), text(d.submissionOpens()), text(d.submissionCloses()), text(d.votingOpens()),
                text(d.votingCloses()), text(d.resultOn()), GroupLines.format(budget.areas()),
                GroupLines.format(budget.categories()));
    }

    /** The settings, or every problem at once by field. */
    public BudgetSettings toSettings() {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Money money = null;
        if (amount == null || amount.isBlank()) {
            problems.add("amount", "Vul het budget in, in euro's.");
        } else {
            Optional<Money> parsed = EuroAmount.parse(amount);
            if (parsed.isEmpty()) {
                problems.add("amount", EuroAmount.hint(amount));
            } else {
                money = parsed.get();
            }
        }
        VotingMethod votingMethod = null;
        try {
            votingMethod = VotingMethod.valueOf(method == null ? "" : method);
        } catch (IllegalArgumentException e) {
            problems.add("method", "Kies hoe inwoners stemmen.");
        }
        Integer min = number("minProjects", minProjects, problems);
        Integer max = number("maxProjects", maxProjects, problems);
        BudgetDates dates = new BudgetDates(date("submissionOpens", submissionOpens, problems),
                date("submissionCloses", submissionCloses, problems), date("votingOpens", votingOpens, problems),
                date("votingCloses", votingCloses, problems), date("resultOn", resultOn, problems));
        List<BudgetGroup> groups = new ArrayList<>();
        groups(GroupKind.AREA, "areas", areas, groups, problems);
        groups(GroupKind.CATEGORY, "categories", categories, groups, problems);
        problems.throwIfAny();
        return new BudgetSettings(name, description, money, votingMethod, min == null ? 1 : min, max, ruleId, dates,
                groups);
    }

    private static void groups(GroupKind kind, String field, String text, List<BudgetGroup> into,
                               InvalidInput.Collector problems) {
        try {
            into.addAll(GroupLines.parse(kind, field, text));
        } catch (InvalidInput e) {
            problems.add(field, e.fieldMessages().get(field));
        }
    }

    private static Integer number(String field, String text, InvalidInput.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < 0 || value > 1000) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(field, "'" + text.strip() + "' is geen aantal. Vul een heel getal in, zoals 3.");
            return null;
        }
    }

    private static LocalDate date(String field, String text, InvalidInput.Collector problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field, "De datum '" + text.strip() + "' klopt niet. Gebruik jjjj-mm-dd, bijvoorbeeld"
                    + " 2026-03-19.");
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
