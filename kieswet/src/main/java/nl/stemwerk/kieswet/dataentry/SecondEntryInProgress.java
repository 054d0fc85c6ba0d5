package nl.stemwerk.kieswet.dataentry;

import nl.stemwerk.kieswet.entry.ReportEntry;

/** The second typist is typing. */
public record SecondEntryInProgress(TypistId firstTypist, ReportEntry firstEntry, TypistId secondTypist,
                             ReportEntry secondEntry) implements DataEntryStatus {
    public SecondEntryInProgress {
        Typists.requireDifferent(firstTypist, firstEntry, secondTypist, secondEntry);
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.SECOND_ENTRY_IN_PROGRESS;
    }
}
