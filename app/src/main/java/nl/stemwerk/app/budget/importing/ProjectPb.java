package nl.stemwerk.app.budget.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.budgeting.pabulib.PbFile;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbProblem;
import nl.stemwerk.budgeting.pabulib.PbProject;
import nl.stemwerk.budgeting.pabulib.PbReader;

/**
 * Projects from a pabulib {@code .pb} file, read strictly by the budgeting library: any error in the file (also in
 * its votes) refuses the whole file with the library's Dutch messages and line numbers. Only the projects are taken;
 * votes in the file are not.
 */
public final class ProjectPb {
    private ProjectPb() {
    }

    /** The file's projects; its votes are checked by the reader but not imported. */
    public record Contents(List<ImportedProject> projects, int votesInFile) {
    }

    /** @throws ProjectImportException on field {@code file} with every problem */
    public static Contents read(byte[] bytes) {
        PbFile file;
        try {
            file = PbReader.read(bytes).file();
        } catch (PbFormatException e) {
            throw new ProjectImportException("file", e.problems().stream().filter(PbProblem::isError)
                    .map(PbProblem::dutchText).toList());
        }
        Map<String, Integer> lines = projectLines(Utf8.decode(bytes, "file"));
        List<ImportedProject> projects = new ArrayList<>();
        for (PbProject p : file.projects()) {
            projects.add(new ImportedProject(lines.getOrDefault(p.id(), 0), p.id(), p.name(),
                    p.attribute("description").orElse(""), p.cost(), p.neighbourhood().orElse(null),
                    p.categories()));
        }
        return new Contents(projects, file.votes().size());
    }

    /** The line of each project in the PROJECTS section, for messages about a project the reader accepted. */
    private static Map<String, Integer> projectLines(String text) {
        String[] lines = text.split("\r?\n", -1);
        Map<String, Integer> result = new HashMap<>();
        int i = 0;
        while (i < lines.length && !lines[i].strip().replace(";", "").equalsIgnoreCase("PROJECTS")) {
            i++;
        }
        if (i + 1 >= lines.length) {
            return result;
        }
        List<String> header = List.of(lines[i + 1].split(";", -1));
        int idColumn = header.indexOf("project_id");
        for (int k = i + 2; k < lines.length && idColumn >= 0; k++) {
            if (lines[k].strip().replace(";", "").equalsIgnoreCase("VOTES")) {
                break;
            }
            String[] fields = lines[k].split(";", -1);
            if (fields.length > idColumn) {
                result.putIfAbsent(fields[idColumn].replace("\"", "").strip(), k + 1);
            }
        }
        return result;
    }
}
