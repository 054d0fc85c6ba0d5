package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.check.EntryComparison;
import nl.stemwerk.kieswet.dataentry.EntriesDifferent;
import nl.stemwerk.kieswet.dataentry.FirstEntryHasErrors;

/**
 * A data entry as the coordinator sees it: both entries side by side with the differing boxes marked, the checks on
 * each with the coordinator's help, and the decisions possible now.
 *
 * @param context      the data entry
 * @param rows         every box with both values, differing ones marked
 * @param firstChecks  checks on the first entry
 * @param secondChecks checks on the second entry
 * @param decisions    what the coordinator can decide in this state
 */
public record CoordinatorView(DataEntryContext context, List<Row> rows, List<CheckView> firstChecks,
                              List<CheckView> secondChecks, List<Resolution> decisions) {

    /**
     * One box.
     *
     * @param field   the field name
     * @param name    its short Dutch name
     * @param first   the first entry's value ({@code ""} for empty or no entry)
     * @param second  the second entry's value
     * @param differs whether both entries exist and differ here
     */
    public record Row(String field, String name, String first, String second, boolean differs) {
    }

    public static CoordinatorView of(DataEntryContext context) {
        DataEntryRecord record = context.record();
        Optional<StoredEntry> first = record.first();
        Optional<StoredEntry> second = record.second();
        Map<String, String> a = first.map(e -> e.entry().fields()).orElse(Map.of());
        Map<String, String> b = second.map(e -> e.entry().fields()).orElse(Map.of());
        Set<String> differing = first.isPresent() && second.isPresent()
                ? new LinkedHashSet<>(EntryComparison.of(first.get().entry(), second.get().entry()).differingFields())
                : Set.of();
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        for (String field : names) {
            rows.add(new Row(field, FieldLabels.shortName(field), a.getOrDefault(field, ""), b.getOrDefault(field, ""),
                    differing.contains(field)));
        }
        return new CoordinatorView(context, rows, checks(first, context), checks(second, context), decisions(context));
    }

    public List<Row> differingRows() {
        return rows.stream().filter(Row::differs).toList();
    }

    public boolean hasFirst() {
        return context.record().first().isPresent();
    }

    public boolean hasSecond() {
        return context.record().second().isPresent() && !context.record().result().isPresent();
    }

    private static List<CheckView> checks(Optional<StoredEntry> entry, DataEntryContext context) {
        return entry.map(e -> CheckView.of(EntryChecks.check(e.entry()), context.sections(), "coordinator"))
                .orElse(List.of());
    }

    private static List<Resolution> decisions(DataEntryContext context) {
        List<Resolution> decisions = new ArrayList<>();
        switch (context.record().status()) {
            case FirstEntryHasErrors s -> {
                decisions.add(Resolution.RESUME_FIRST);
                decisions.add(Resolution.DISCARD_FIRST);
            }
            case EntriesDifferent s -> {
                decisions.add(Resolution.KEEP_FIRST);
                decisions.add(Resolution.KEEP_SECOND);
                if (!EntryChecks.check(s.secondEntry()).hasErrors()) {
                    decisions.add(Resolution.CORRECT_FIRST);
                }
                if (!EntryChecks.check(s.firstEntry()).hasErrors()) {
                    decisions.add(Resolution.CORRECT_SECOND);
                }
                decisions.add(Resolution.DISCARD_BOTH);
            }
            default -> {
            }
        }
        if (context.record().version() > 0 && !(context.record().status() instanceof nl.stemwerk.kieswet.dataentry.Empty)) {
            decisions.add(Resolution.RESET);
        }
        return decisions;
    }
}
