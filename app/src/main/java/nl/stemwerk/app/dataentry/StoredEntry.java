package nl.stemwerk.app.dataentry;

import java.time.Instant;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * One saved entry: a row of {@code report_entry}.
 *
 * @param id          row id
 * @param typist      who typed it
 * @param entry       what was typed
 * @param lastSection the last section of the form the typist saved
 * @param savedAt     when
 */
public record StoredEntry(long id, String typist, ReportEntry entry, String lastSection, Instant savedAt) {
}
