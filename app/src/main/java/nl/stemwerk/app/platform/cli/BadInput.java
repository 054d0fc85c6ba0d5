package nl.stemwerk.app.platform.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a command cannot use: a stable code, the option, file or line concerned, and the Dutch message. Every
 * command reports it the same way: JSON on stdout with {@code --json}, else the message on stderr.
 */
public final class BadInput extends Exception {
    private final String code;
    private final String field;

    public BadInput(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** Prints this problem with status "badInput" and returns exit code 2. */
    public int report(CliOutput output, PrintWriter out, PrintWriter err) {
        return report("badInput", code, field, getMessage(), ExitCodes.BAD_INPUT, output, out, err);
    }

    /** Prints a problem with any status and returns {@code exitCode}. */
    public static int report(String status, String code, String field, String message, int exitCode, CliOutput output,
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
}
