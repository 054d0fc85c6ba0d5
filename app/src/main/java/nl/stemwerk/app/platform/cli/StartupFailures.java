package nl.stemwerk.app.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Turns whatever stopped Spring from starting into one Dutch sentence; the details go to a log file. */
public final class StartupFailures {
    private StartupFailures() {
    }

    /** For a failure outside a data folder's context: the details go to a file in the temporary folder. */
    public static StartupProblem explain(Throwable failure) {
        return explain(failure, Path.of(System.getProperty("java.io.tmpdir"), "stemwerk-logs"));
    }

    public static StartupProblem explain(Throwable failure, Path logDir) {
        String logNote = writeDetails(failure, logDir);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupProblem problem) {
                return problem;
            }
            String type = cause.getClass().getName();
            if (type.endsWith("PortInUseException")) {
                return new StartupProblem(ExitCodes.ENVIRONMENT,
                        "De poort is al in gebruik. Stop het andere programma of kies een andere poort met --port.");
            }
            if (type.startsWith("org.flywaydb")) {
                return new StartupProblem(ExitCodes.MIGRATION_FAILED, "De database kon niet worden bijgewerkt: "
                        + firstLine(cause.getMessage()) + ". Er is niets gewijzigd: alle migraties lopen samen in één transactie."
                        + logNote);
            }
            if (type.endsWith("PSQLException") || type.endsWith("CannotGetJdbcConnectionException")) {
                return new StartupProblem(ExitCodes.ENVIRONMENT,
                        "De database is niet bereikbaar: " + firstLine(cause.getMessage()) + "." + logNote);
            }
        }
        return new StartupProblem(ExitCodes.ENVIRONMENT, "Stemwerk kon niet starten: " + firstLine(rootMessage(failure)) + "." + logNote);
    }

    private static String writeDetails(Throwable failure, Path logDir) {
        try {
            Files.createDirectories(logDir);
            Path file = logDir.resolve("startfout.log");
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, Instant.now() + "\n" + trace);
            return " Details: " + file;
        } catch (IOException e) {
            return "";
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "onbekende fout";
        }
        String line = message.strip().lines().findFirst().orElse("").trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
