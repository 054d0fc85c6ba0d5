package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** The first entry was finished with errors; the coordinator must resolve them. */
public record FirstEntryHasErrors(TypistId firstTypist, ReportEntry firstEntry) implements DataEntryStatus {
    public FirstEntryHasErrors {
        Objects.requireNonNull(firstTypist, "firstTypist");
        Objects.requireNonNull(firstEntry, "firstEntry");
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.FIRST_ENTRY_HAS_ERRORS;
    }
}
