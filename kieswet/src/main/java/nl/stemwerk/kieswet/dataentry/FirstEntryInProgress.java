package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** The first typist is typing. */
public record FirstEntryInProgress(TypistId firstTypist, ReportEntry firstEntry) implements DataEntryStatus {
    public FirstEntryInProgress {
        Objects.requireNonNull(firstTypist, "firstTypist");
        Objects.requireNonNull(firstEntry, "firstEntry");
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.FIRST_ENTRY_IN_PROGRESS;
    }
}
