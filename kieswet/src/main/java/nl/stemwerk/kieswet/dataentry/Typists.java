package nl.stemwerk.kieswet.dataentry;

import java.util.Objects;
import nl.stemwerk.kieswet.entry.ReportEntry;

/** The four-eyes rule as an invariant of every state that holds two entries. */
final class Typists {
    private Typists() {
    }

    static void requireDifferent(TypistId first, ReportEntry firstEntry, TypistId second, ReportEntry secondEntry) {
        Objects.requireNonNull(first, "firstTypist");
        Objects.requireNonNull(firstEntry, "firstEntry");
        Objects.requireNonNull(second, "secondTypist");
        Objects.requireNonNull(secondEntry, "secondEntry");
        if (first.equals(second)) {
            throw new IllegalArgumentException("Eén invoerder mag niet beide invoeren doen: " + first.value());
        }
    }
}
