package nl.stemwerk.app.budget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbProblem;
import nl.stemwerk.budgeting.pabulib.PbReadResult;
import nl.stemwerk.budgeting.pabulib.PbReader;

/** Reading the {@code .pb} file of a command, and reporting bad input the same way for every pb command. */
final class PbInput {
    private PbInput() {
    }

    /** A problem with the input: a stable code, the field or line, and the Dutch message. */
    static final class BadInput extends Exception {
        final String code;
        final String field;

        BadInput(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    static PbReadResult read(Path file) throws BadInput {
        try (InputStream in = Files.newInputStream(file)) {
            return PbReader.read(in);
        } catch (NoSuchFileException e) {
            throw new BadInput("FILE_NOT_FOUND", "BESTAND", "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new BadInput("FILE_UNREADABLE", "BESTAND", "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getMessage());
        } catch (PbFormatException e) {
            String lines = e.problems().stream().filter(PbProblem::isError).limit(10).map(PbProblem::dutchText)
                    .collect(Collectors.joining("\n"));
            throw new BadInput("PB_FORMAT", "BESTAND", "Het bestand " + file + " is geen geldig .pb-bestand ("
                    + e.errorCount() + (e.errorCount() == 1 ? " fout" : " fouten") + "):\n" + lines);
        }
    }

    static int report(BadInput problem, CliOutput output, PrintWriter out, PrintWriter err) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "badInput");
            json.put("code", problem.code);
            json.put("field", problem.field);
            json.put("message", problem.getMessage());
            output.print(out, json, problem.getMessage());
            out.flush();
        } else {
            err.println(problem.getMessage());
            err.flush();
        }
        return ExitCodes.BAD_INPUT;
    }
}
