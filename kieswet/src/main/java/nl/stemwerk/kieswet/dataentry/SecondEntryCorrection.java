package nl.stemwerk.kieswet.dataentry;

import nl.stemwerk.kieswet.entry.ReportEntry;

/** The second typist corrects their entry; the first entry waits. */
public record SecondEntryCorrection(TypistId firstTypist, ReportEntry firstEntry, TypistId secondTypist,
                             ReportEntry secondEntry) implements DataEntryStatus {
    public SecondEntryCorrection {
        Typists.requireDifferent(firstTypist, firstEntry, secondTypist, secondEntry);
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.SECOND_ENTRY_CORRECTION;
    }
}
