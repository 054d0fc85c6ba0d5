package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** The first entry is finished without errors and waits for a second typist. */
public record FirstEntryFinalised(TypistId firstTypist, ReportEntry firstEntry) implements DataEntryStatus {
    public FirstEntryFinalised {
        Objects.requireNonNull(firstTypist, "firstTypist");
        Objects.requireNonNull(firstEntry, "firstEntry");
    }

    @Override
    public DataEntryStatusName name() {
        return DataEntryStatusName.FIRST_ENTRY_FINALISED;
    }
}
