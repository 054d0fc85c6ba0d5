package nl.stemwerk.app.budget.importing;

import java.util.List;
import java.util.Locale;

/** Reads an uploaded project file by its name: {@code .pb} through the budgeting library, anything else as CSV. */
public final class ProjectImport {
    private ProjectImport() {
    }

    /**
     * The projects in the file.
     *
     * @throws ProjectImportException with every problem and its line; nothing is stored then
     */
    public static List<ImportedProject> read(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ProjectImportException("file", List.of("Kies een bestand om in te lezen."));
        }
        boolean pb = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".pb");
        return pb ? ProjectPb.read(bytes).projects() : ProjectCsv.read(bytes);
    }
}
