package nl.stemwerk.kieswet.dataentry;

import nl.stemwerk.kieswet.entry.ReportEntry;

/** Two different typists entered the same values: this is the result. */
public record Definitive(TypistId firstTypist, TypistId secondTypist, ReportEntry result) implements DataEntryStatus {
    public Definitive {
        Typists.requireDifferent(firstTypist, result, secondTypist, result);
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.DEFINITIVE;
    }
}
