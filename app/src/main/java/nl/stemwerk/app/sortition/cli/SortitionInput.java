package nl.stemwerk.app.sortition.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.draw.PublicSeed;

/** Reading the files of a sortition command, and reporting bad input the same way for both commands. */
final class SortitionInput {
    private SortitionInput() {
    }

    /** A problem with the input: a stable code, the option or file concerned, and the Dutch message. */
    static final class BadInput extends Exception {
        final String code;
        final String field;

        BadInput(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }

        static BadInput of(SortitionException e, String field) {
            return new BadInput(e.code().name(), field,
                    e.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
        }
    }

    /** Opens {@code file} as UTF-8 and hands it to {@code parse}; the library's problems become {@link BadInput}. */
    static <T> T read(Path file, String field, Function<Reader, T> parse) throws BadInput {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (NoSuchFileException e) {
            throw new BadInput("FILE_NOT_FOUND", field, "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new BadInput("FILE_UNREADABLE", field, "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getMessage());
        } catch (SortitionException e) {
            throw BadInput.of(e, field);
        }
    }

    static PublicSeed seed(String text) throws BadInput {
        try {
            return PublicSeed.parse(text);
        } catch (SortitionException e) {
            throw BadInput.of(e, "--seed");
        }
    }

    static void write(Path file, String text) throws BadInput {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput("FILE_NOT_WRITABLE", "--out", "Het bestand " + file + " kan niet worden geschreven: "
                    + e.getMessage());
        }
    }

    /** Prints a problem (JSON on stdout with --json, else Dutch on stderr) and returns {@code exitCode}. */
    static int report(String status, String code, String field, String message, int exitCode, CliOutput output,
                      PrintWriter out, PrintWriter err) {
        if (output.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", status);
            json.put("code", code);
            json.put("field", field);
            json.put("message", message);
            output.print(out, json, message);
            out.flush();
        } else {
            err.println(message);
            err.flush();
        }
        return exitCode;
    }

    static int report(BadInput problem, int exitCode, CliOutput output, PrintWriter out, PrintWriter err) {
        return report("badInput", problem.code, problem.field, problem.getMessage(), exitCode, output, out, err);
    }
}
