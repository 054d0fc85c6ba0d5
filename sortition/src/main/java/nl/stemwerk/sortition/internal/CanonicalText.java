package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.LotteryPanel;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.VolunteerGroup;

/**
 * The canonical text of a problem and its lottery: the published file and the input of both hashes. Volunteers
 * are sorted by id and quotas by category and value, so the row order of the input files does not matter; any
 * changed cell does. Addresses are never written: a shared address becomes a household number.
 *
 * @see <a href="https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679">AVG (EU 2016/679) art. 5
 *      lid 1 onder c: minimale gegevensverwerking</a>
 */
public final class CanonicalText {
    /** The first line; the number changes whenever the format or the computed lotteries change. */
    public static final String HEADER = "stemwerk-sortition-lottery\t1";
    /** Raised when a change in the algorithm can change the lottery computed for the same input. */
    public static final String ALGORITHM_VERSION = "1";

    private CanonicalText() {
    }

    public static String problem(Groups groups) {
        SelectionProblem problem = groups.problem();
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(Fields.join(List.of("panel-size", Integer.toString(problem.panelSize()))));
        lines.add(Fields.join(List.of("one-member-per-household", Boolean.toString(problem.oneMemberPerHousehold()))));
        List<String> categories = groups.quotas().stream().map(Quota::category).distinct().toList();
        List<String> categoryLine = new ArrayList<>(List.of("categories"));
        categoryLine.addAll(categories);
        lines.add(Fields.join(categoryLine));
        for (Quota quota : groups.quotas()) {
            lines.add(Fields.join(List.of("quota", quota.category(), quota.value(), Integer.toString(quota.min()),
                    Integer.toString(quota.max()))));
        }
        Map<String, String> householdOf = households(groups);
        List<Volunteer> volunteers = problem.pool().volunteers().stream()
                .sorted(Comparator.comparing(Volunteer::id)).toList();
        for (Volunteer volunteer : volunteers) {
            List<String> fields = new ArrayList<>(List.of("volunteer", volunteer.id(),
                    householdOf.getOrDefault(volunteer.id(), "-"),
                    problem.keptIds().contains(volunteer.id()) ? "kept" : "-"));
            categories.forEach(category -> fields.add(volunteer.value(category)));
            lines.add(Fields.join(fields));
        }
        return String.join("\n", lines) + "\n";
    }

    public static String lottery(Algorithm algorithm, String solver, List<VolunteerGroup> groups,
                                 List<LotteryPanel> panels, long tickets) {
        List<String> lines = new ArrayList<>();
        lines.add(Fields.join(List.of("algorithm", algorithm.name(), ALGORITHM_VERSION)));
        lines.add(Fields.join(List.of("solver", solver)));
        lines.add(Fields.join(List.of("tickets", Long.toString(tickets))));
        for (VolunteerGroup group : groups) {
            List<String> fields = new ArrayList<>(List.of("group", Integer.toString(group.number()),
                    group.role().name()));
            fields.addAll(group.memberIds());
            lines.add(Fields.join(fields));
        }
        for (LotteryPanel panel : panels) {
            List<String> fields = new ArrayList<>(List.of("panel", Integer.toString(panel.number()),
                    Long.toString(panel.tickets())));
            panel.seats().forEach(seat -> {
                fields.add(Integer.toString(seat.group()));
                fields.add(Integer.toString(seat.count()));
            });
            lines.add(Fields.join(fields));
        }
        return String.join("\n", lines) + "\n";
    }

    /** Per volunteer id in a shared household, its household number (1, 2, …). */
    private static Map<String, String> households(Groups groups) {
        Map<String, String> result = new HashMap<>();
        for (Group group : groups.all()) {
            if (group.household() >= 0) {
                result.put(group.key(), Integer.toString(group.household() + 1));
            }
        }
        return result;
    }
}
