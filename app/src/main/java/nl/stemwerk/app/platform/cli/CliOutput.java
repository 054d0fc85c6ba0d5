package nl.stemwerk.app.platform.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Every command prints human Dutch text by default and JSON with {@code --json}. */
public class CliOutput {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Schrijf het resultaat als JSON (voor scripts).")
    boolean json;

    public boolean json() {
        return json;
    }

    /** Prints {@code value} as JSON with --json, otherwise the human text. */
    public void print(Object value, String humanText) {
        print(System.out, value, humanText);
    }

    public void print(PrintStream out, Object value, String humanText) {
        out.println(json ? JSON.writeValueAsString(value) : humanText);
    }

    /** As {@link #print(PrintStream, Object, String)}, to a command's own writer (picocli's {@code getOut()}). */
    public void print(PrintWriter out, Object value, String humanText) {
        out.println(json ? JSON.writeValueAsString(value) : humanText);
    }
}
