package nl.stemwerk.app.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.money.Money;

/**
 * Areas or categories as typed in a text box: one per line, a name and optionally a semicolon and a cap, e.g.
 * {@code Dreumel; 20.000}. Empty lines are skipped.
 */
public final class GroupLines {
    private GroupLines() {
    }

    /**
     * @throws InvalidInput on {@code field}, naming the line, when a line has no name, a name with a comma, or a
     *                      cap that is not an amount
     */
    public static List<BudgetGroup> parse(GroupKind kind, String field, String text) {
        List<BudgetGroup> groups = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split(";", 2);
            String name = parts[0].strip();
            if (name.isEmpty() || name.length() > 100 || name.contains(",")) {
                throw InvalidInput.of(field, "Regel " + (i + 1) + ": geef een naam van hoogstens 100 tekens, zonder"
                        + " komma.");
            }
            Money cap = null;
            if (parts.length == 2 && !parts[1].isBlank()) {
                Optional<Money> amount = EuroAmount.parse(parts[1]);
                if (amount.isEmpty() || !amount.get().isPositive()) {
                    throw InvalidInput.of(field, "Regel " + (i + 1) + ": " + EuroAmount.hint(parts[1]));
                }
                cap = amount.get();
            }
            groups.add(new BudgetGroup(kind, name, cap));
        }
        return groups;
    }

    /** The groups as the text box shows them again. */
    public static String format(List<BudgetGroup> groups) {
        StringBuilder text = new StringBuilder();
        for (BudgetGroup group : groups) {
            text.append(group.name());
            if (group.hasCap()) {
                text.append("; ").append(BudgetFormat.plainEuros(group.cap()));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
