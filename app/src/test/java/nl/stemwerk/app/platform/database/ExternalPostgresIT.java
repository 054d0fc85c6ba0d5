package nl.stemwerk.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkProcess;
import nl.stemwerk.app.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Stemwerk on an external PostgreSQL by JDBC URL: the distribution's own server (Debian's PostgreSQL 15 here, a
 * different major version than the embedded 17), started in a temporary folder. CI installs it ({@code .ci/run});
 * on a developer machine without it the test says so and fails only when STEMWERK_EXTERNAL_PG_REQUIRED is set.
 */
class ExternalPostgresIT {

    @Test
    void stemwerkMigratesAndServesOnAnExternalServerByJdbcUrl() throws Exception {
        Optional<Path> bin = debianPostgres();
        if (bin.isEmpty()) {
            assertThat(System.getenv("STEMWERK_EXTERNAL_PG_REQUIRED"))
                    .as("Debian's PostgreSQL (package postgresql) is required for this test: apt-get install postgresql")
                    .isNull();
            return;
        }
        Path dir = TestDatabase.tempDir("stemwerk-external-pg-");
        Path data = dir.resolve("data");
        int pgPort = StemwerkProcess.freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            exec(List.of("chown", "postgres", dir.toString()));
        }
        exec(asPostgres(root, bin.get().resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "-A", "trust", "--encoding=UTF8"));
        exec(asPostgres(root, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                dir.resolve("server.log").toString(), "-o", "-p " + pgPort + " -k " + dir + " -c listen_addresses=localhost",
                "start"));
        try {
            exec(asPostgres(root, bin.get().resolve("createdb").toString(), "-h", "localhost", "-p", Integer.toString(pgPort),
                    "-U", "postgres", "stemwerk"));
            String url = "jdbc:postgresql://localhost:" + pgPort + "/stemwerk";
            int port = StemwerkProcess.freePort();
            try (StemwerkProcess server = StemwerkProcess.start(List.of(), "serve", "--port", Integer.toString(port),
                    "--db-url", url, "--db-user", "postgres", "--data-dir", dir.resolve("stemwerk").toString())) {
                server.awaitHealthy(port, Duration.ofMinutes(3));
                assertThat(new Http(port).login("beheerder", "demo-beheerder").headers().firstValue("Location"))
                        .hasValueSatisfying(location -> assertThat(location).endsWith("/start"));
                StemwerkProcess.Result verify = StemwerkProcess.run(Duration.ofMinutes(1), List.of(), "audit", "verify",
                        "--db-url", url, "--db-user", "postgres");
                assertThat(verify.exitCode()).as(verify.output()).isEqualTo(ExitCodes.OK);
            }
        } finally {
            exec(asPostgres(root, bin.get().resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop"));
        }
    }

    private static Optional<Path> debianPostgres() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("postgres")))
                    .max(Comparator.comparing(Path::toString));
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
