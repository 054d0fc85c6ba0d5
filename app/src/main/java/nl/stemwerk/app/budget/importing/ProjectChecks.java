package nl.stemwerk.app.budget.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stemwerk.app.budget.BudgetGroup;
import nl.stemwerk.app.budget.BudgetSettings;
import nl.stemwerk.app.budget.GroupKind;
import nl.stemwerk.app.budget.BudgetFormat;

/** The rules every project list must meet before it is stored, whatever file it came from. */
public final class ProjectChecks {
    /** No separators: a project id stands in comma-separated vote lists of .pb files. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private ProjectChecks() {
    }

    /**
     * Checks ids, names, costs, areas and categories against the budget's settings.
     *
     * @throws ProjectImportException on {@code field} with every problem and its line
     */
    public static void againstGroups(List<ImportedProject> projects, BudgetSettings settings, String field) {
        List<String> problems = new ArrayList<>();
        Set<String> areas = names(settings.groups(), GroupKind.AREA);
        Set<String> categories = names(settings.groups(), GroupKind.CATEGORY);
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportedProject p : projects) {
            String at = p.line() > 0 ? "Regel " + p.line() + ": " : "Project " + p.code() + ": ";
            if (!CODE.matcher(p.code()).matches()) {
                problems.add(at + "het nummer '" + p.code() + "' mag alleen letters, cijfers, punt, streepje en"
                        + " liggend streepje bevatten (hoogstens 40 tekens).");
            }
            Integer earlier = firstLine.putIfAbsent(p.code(), p.line());
            if (earlier != null) {
                problems.add(at + "het nummer '" + p.code() + "' staat ook op regel " + earlier + ".");
            }
            if (p.name().isBlank() || p.name().length() > 200) {
                problems.add(at + "geef het project een naam van hoogstens 200 tekens.");
            }
            if (p.description().length() > 2000) {
                problems.add(at + "de omschrijving is langer dan 2000 tekens.");
            }
            if (settings.amount() != null && p.cost().exceeds(settings.amount())) {
                problems.add(at + "het project kost " + new BudgetFormat().euro(p.cost()) + ", meer dan het hele"
                        + " budget van " + new BudgetFormat().euro(settings.amount()) + ".");
            }
            if (p.area() != null && !areas.contains(p.area())) {
                problems.add(at + "de buurt '" + p.area() + "' staat niet bij de buurten van deze burgerbegroting."
                        + known(areas));
            }
            for (String category : p.categories()) {
                if (!categories.contains(category)) {
                    problems.add(at + "het thema '" + category + "' staat niet bij de thema's van deze"
                            + " burgerbegroting." + known(categories));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProjectImportException(field, problems);
        }
    }

    private static Set<String> names(List<BudgetGroup> groups, GroupKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).map(BudgetGroup::name).collect(Collectors.toSet());
    }

    private static String known(Set<String> names) {
        return names.isEmpty() ? " Er zijn er nog geen; voeg ze eerst toe bij de instellingen."
                : " Kies uit: " + names.stream().sorted().collect(Collectors.joining(", ")) + ".";
    }
}
