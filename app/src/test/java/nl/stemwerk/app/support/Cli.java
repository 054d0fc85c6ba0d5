package nl.stemwerk.app.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.stemwerk.app.Stemwerk;
import picocli.CommandLine;

/** Runs the {@code stemwerk} command line in-process, with its output captured. */
public final class Cli {
    private Cli() {
    }

    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Stemwerk.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
