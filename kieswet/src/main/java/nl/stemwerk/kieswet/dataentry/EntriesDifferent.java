package nl.stemwerk.kieswet.dataentry;

import nl.stemwerk.kieswet.check.EntryComparison;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** The two entries differ (W.001); the coordinator resolves it. */
public record EntriesDifferent(TypistId firstTypist, ReportEntry firstEntry, TypistId secondTypist,
                        ReportEntry secondEntry) implements DataEntryStatus {
    public EntriesDifferent {
        Typists.requireDifferent(firstTypist, firstEntry, secondTypist, secondEntry);
    }

    /** The fields that differ, for the coordinator's side-by-side view. */
    public EntryComparison comparison() {
        return EntryComparison.of(firstEntry, secondEntry);
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.ENTRIES_DIFFERENT;
    }
}
