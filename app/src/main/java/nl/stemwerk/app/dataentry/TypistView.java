package nl.stemwerk.app.dataentry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.check.EntryComparison;
import nl.stemwerk.kieswet.dataentry.DataEntryStatus;
import nl.stemwerk.kieswet.dataentry.FirstEntryCorrection;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.dataentry.SecondEntryCorrection;
import nl.stemwerk.kieswet.dataentry.SecondEntryInProgress;
import nl.stemwerk.kieswet.dataentry.TypistId;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * A data entry as one typist sees it: their own entry (never the other typist's), which entry it is, and the checks
 * on it, with W.002 when the coordinator sent it back.
 *
 * @param context the data entry
 * @param first   whether the typist does the first entry
 * @param entry   what the typist typed so far
 * @param checks  the checks on it, with the typist's help texts
 */
public record TypistView(DataEntryContext context, boolean first, ReportEntry entry, List<CheckView> checks) {

    /** The typist's own entry in progress, or empty when they have none open. */
    public static Optional<TypistView> of(DataEntryContext context, String typist) {
        TypistId id = new TypistId(typist);
        DataEntryStatus status = context.record().status();
        List<FormSection> sections = context.sections();
        return switch (status) {
            case FirstEntryInProgress s when s.firstTypist().equals(id) ->
                    Optional.of(view(context, true, s.firstEntry(), List.of()));
            case FirstEntryCorrection s when s.firstTypist().equals(id) -> Optional.of(view(context, true, s.firstEntry(),
                    List.of(CheckView.sentBack(EntryComparison.of(s.firstEntry(), s.secondEntry()).differingFields(),
                            sections, "typist"))));
            case SecondEntryInProgress s when s.secondTypist().equals(id) ->
                    Optional.of(view(context, false, s.secondEntry(), List.of()));
            case SecondEntryCorrection s when s.secondTypist().equals(id) -> Optional.of(view(context, false,
                    s.secondEntry(), List.of(CheckView.sentBack(EntryComparison.of(s.firstEntry(), s.secondEntry())
                            .differingFields(), sections, "typist"))));
            default -> Optional.empty();
        };
    }

    private static TypistView view(DataEntryContext context, boolean first, ReportEntry entry, List<CheckView> extra) {
        List<CheckView> checks = new java.util.ArrayList<>(extra);
        checks.addAll(CheckView.of(EntryChecks.check(entry), context.sections(), "typist"));
        return new TypistView(context, first, entry, checks);
    }

    public Map<String, String> values() {
        return entry.fields();
    }

    public List<CheckView> checksIn(String section) {
        return checks.stream().filter(c -> c.section().equals(section)).toList();
    }

    public boolean hasErrors() {
        return checks.stream().anyMatch(CheckView::error);
    }

    /**
     * The section to go on with: for an entry sent back, the first section with a box the typists disagreed on (or,
     * after errors, with an error); otherwise the one after the last section saved, or the first.
     */
    public String resumeSection() {
        java.util.Optional<String> sentBack = checks.stream()
                .filter(c -> c.code() == nl.stemwerk.kieswet.check.CheckCode.W002 || c.error())
                .map(CheckView::section).filter(s -> !s.equals(EntrySections.CHECK)).findFirst();
        if (sentBack.isPresent()) {
            return sentBack.get();
        }
        String last = context.record().status() instanceof FirstEntryInProgress
                || context.record().status() instanceof SecondEntryInProgress
                ? (first ? context.record().first() : context.record().second()).map(StoredEntry::lastSection).orElse("")
                : "";
        return last.isEmpty() ? context.sections().getFirst().key() : context.nextSection(last);
    }
}
