package nl.stemwerk.app.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.stemwerk.app.StemwerkApplication;
import nl.stemwerk.app.platform.cli.CliOutput;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.StartupProblem;
import nl.stemwerk.app.platform.database.DatabaseConnector;
import nl.stemwerk.app.platform.database.DatabaseOptions;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stemwerk users create}: an account from the command line, for the first beheerder of a production
 * installation. Audited like every other change (actor "systeem").
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Gebruikers beheren vanaf de opdrachtregel.",
        subcommands = UsersCommand.Create.class)
public class UsersCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Maak een gebruiker met een eenmalig wachtwoord (te wijzigen bij de eerste keer inloggen).")
    static class Create implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Mixin
        CliOutput output;

        @Option(names = "--username", required = true, paramLabel = "NAAM", description = "Gebruikersnaam (kleine letters).")
        String username;

        @Option(names = "--name", required = true, paramLabel = "\"VOLLEDIGE NAAM\"", description = "Naam van de persoon.")
        String displayName;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROL",
                description = "Rol(len), bijvoorbeeld BEHEERDER. Mogelijk: ${COMPLETION-CANDIDATES}.")
        List<Role> roles;

        @Override
        public Integer call() {
            try (DatabaseConnector connector = DatabaseConnector.open(database);
                 ConfigurableApplicationContext context = StemwerkApplication.startWithoutWeb(connector.settings(),
                         database.dataDir().resolve("logs"))) {
                UserService.CreatedUser created = context.getBean(UserService.class)
                        .create(username, displayName, EnumSet.copyOf(roles));
                output.print(Map.of("username", created.username(), "initialPassword", created.initialPassword()),
                        "Gebruiker " + created.username() + " aangemaakt. Eenmalig wachtwoord: " + created.initialPassword()
                                + "\nGeef het persoonlijk door; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.");
                return ExitCodes.OK;
            } catch (InvalidInput e) {
                throw new StartupProblem(ExitCodes.BAD_INPUT, e.getMessage());
            }
        }
    }
}
