package nl.stemwerk.app.platform.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.stemwerk.app.StemwerkApplication;
import nl.stemwerk.app.platform.database.DatabaseOptions;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.platform.demo.DemoAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stemwerk serve}: the web application on the embedded or an external PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start de webtoepassing (dit is ook wat 'stemwerk' zonder opdracht doet).")
public class ServeCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Option(names = "--port", defaultValue = "${env:STEMWERK_PORT:-8080}", paramLabel = "POORT",
            description = "Poort van de webtoepassing (standaard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--production", description = "Productiemodus: geen demodata, en weigert demowachtwoorden.")
    boolean production;

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        if (port < 1 || port > 65535) {
            throw new StartupProblem(ExitCodes.BAD_INPUT, "De poort moet tussen 1 en 65535 liggen (nu: " + port + ").");
        }
        requirePortFree(port);
        Path dataDir = database.dataDir();
        EmbeddedDatabase embedded = null;
        DatabaseSettings settings;
        if (database.external()) {
            settings = new DatabaseSettings(database.url(), database.user(), database.password());
            settings.requireReachable();
        } else {
            embedded = EmbeddedDatabase.start(dataDir, 0);
            settings = embedded.settings();
        }
        ConfigurableApplicationContext context;
        try {
            context = StemwerkApplication.start(settings, port, production, dataDir.resolve("logs"),
                    Map.of("stemwerk.data-dir", dataDir.toString()));
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw StartupFailures.explain(e, dataDir.resolve("logs"));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedDatabase database = embedded;
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            if (database != null) {
                database.close();
            }
        }, "stemwerk-stop"));
        printWelcome(settings, database, started);
        stopped.await();
        return ExitCodes.OK;
    }

    private void printWelcome(DatabaseSettings settings, EmbeddedDatabase embedded, long started) {
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        System.out.println();
        System.out.println("Stemwerk draait: open http://localhost:" + port + " in uw browser (gestart in " + seconds + " s).");
        if (embedded != null) {
            System.out.println("Database: ingebouwde PostgreSQL op localhost:" + embedded.port()
                    + " (gegevens in " + embedded.dataDir().resolve("postgres") + ").");
        } else {
            System.out.println("Database: " + settings.url());
        }
        if (!production) {
            System.out.println("Demomodus. Inloggen kan met (gebruikersnaam / wachtwoord):");
            for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
                System.out.printf("  %-16s %-22s %s%n", account.username(), account.password(),
                        account.roles().iterator().next().label());
            }
        }
        System.out.println("Stoppen: Ctrl+C.");
    }

    static void requirePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT,
                    "Poort " + port + " is al in gebruik. Stop het andere programma of kies een andere poort met --port.");
        }
    }
}
