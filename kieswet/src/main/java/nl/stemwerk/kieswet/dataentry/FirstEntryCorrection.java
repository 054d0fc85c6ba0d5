package nl.stemwerk.kieswet.dataentry;

import nl.stemwerk.kieswet.entry.ReportEntry;

/** The first typist corrects their entry; the second entry waits. */
public record FirstEntryCorrection(TypistId firstTypist, ReportEntry firstEntry, TypistId secondTypist,
                            ReportEntry secondEntry) implements DataEntryStatus {
    public FirstEntryCorrection {
        Typists.requireDifferent(firstTypist, firstEntry, secondTypist, secondEntry);
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.FIRST_ENTRY_CORRECTION;
    }
}
