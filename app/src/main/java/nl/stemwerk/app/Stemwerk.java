package nl.stemwerk.app;

import nl.stemwerk.app.apportionment.SeatsCommand;
import nl.stemwerk.app.budget.cli.PbCommand;
import nl.stemwerk.app.eml.EmlCommand;
import nl.stemwerk.app.platform.audit.AuditCommand;
import nl.stemwerk.app.platform.cli.DutchParameterErrors;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.ServeCommand;
import nl.stemwerk.app.platform.cli.StartupFailures;
import nl.stemwerk.app.platform.cli.StartupProblem;
import nl.stemwerk.app.sortition.cli.SortitionCommand;
import nl.stemwerk.app.turnout.cli.TurnoutCommand;
import nl.stemwerk.app.users.UsersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code stemwerk} command. Without a subcommand it serves the web application. Feature subcommands (seats,
 * eml, sortition, pb, turnout) are added here as their issues land. {@code test} and {@code bench} are handled by
 * the launcher script because they need Maven.
 */
@Command(name = "stemwerk", mixinStandardHelpOptions = true, versionProvider = Stemwerk.Version.class,
        description = "Stemwerk: verkiezingen, opkomst en participatie voor uw gemeente.",
        subcommands = {ServeCommand.class, AuditCommand.class, UsersCommand.class, SeatsCommand.class,
            EmlCommand.class, TurnoutCommand.class, PbCommand.class, SortitionCommand.class})
public class Stemwerk implements Runnable {

    public static void main(String[] args) {
        quietConsole();
        System.exit(run(args));
    }

    /**
     * Before Spring configures logging, the console shows only warnings: users see Stemwerk's own Dutch lines, not
     * PostgreSQL's start-up chatter. Spring's configuration (application.properties) takes over when it starts.
     */
    private static void quietConsole() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public static int run(String... args) {
        return commandLine().execute(withDefaultCommand(args));
    }

    /** The command line with Stemwerk's Dutch error handling; tests set its out and err writers. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Stemwerk());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            StartupProblem problem = exception instanceof StartupProblem known ? known : StartupFailures.explain(exception);
            line.getErr().println(problem.getMessage());
            return problem.exitCode();
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            CommandLine line = exception.getCommandLine();
            line.getErr().println(DutchParameterErrors.translate(exception));
            line.getErr().println("Zie '" + line.getCommandSpec().qualifiedName() + " --help' voor de mogelijkheden.");
            return ExitCodes.BAD_INPUT;
        });
        return commandLine;
    }

    /** {@code stemwerk} and {@code stemwerk --port 9090} mean {@code stemwerk serve …}. */
    static String[] withDefaultCommand(String[] args) {
        boolean startsWithOption = args.length > 0 && args[0].startsWith("-")
                && !java.util.Set.of("-h", "--help", "-V", "--version").contains(args[0]);
        if (args.length == 0 || startsWithOption) {
            String[] effective = new String[args.length + 1];
            effective[0] = "serve";
            System.arraycopy(args, 0, effective, 1, args.length);
            return effective;
        }
        return args;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    static class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Stemwerk.class.getPackage().getImplementationVersion();
            return new String[] {"Stemwerk " + (version == null ? "(ontwikkelversie)" : version)};
        }
    }
}
