package nl.stemwerk.app.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkProcess;
import nl.stemwerk.app.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} while users are being created, then a restart on the same data folder: every acknowledged user
 * is there, no user exists without its audit row (or the other way round), and the audit chain is unbroken.
 */
class CrashRecoveryIT {
    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void killingTheServerDuringWritesLosesNothingAcknowledgedAndKeepsTheAuditChainWhole() throws Exception {
        Path dataDir = TestDatabase.tempDir("stemwerk-crash-");
        int port = StemwerkProcess.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger attempts = new AtomicInteger();

        try (StemwerkProcess server = StemwerkProcess.start(List.of(), "serve", "--port", Integer.toString(port),
                "--data-dir", dataDir.toString())) {
            server.awaitHealthy(port, START);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    Http http = new Http(port);
                    while (!Thread.currentThread().isInterrupted()) {
                        String name = "crash-" + attempts.incrementAndGet();
                        try {
                            HttpResponse<String> response = http.basic("POST", "/api/beheer/gebruikers", "beheerder",
                                    "demo-beheerder", "{\"username\":\"" + name + "\",\"displayName\":\"Crash " + name
                                            + "\",\"roles\":[\"INVOERDER\"]}");
                            if (response.statusCode() == 201) {
                                acknowledged.add(name);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            java.time.Instant deadline = java.time.Instant.now().plus(Duration.ofMinutes(3));
            while (acknowledged.size() < 40) {
                assertThat(java.time.Instant.now()).as("40 users created within 3 minutes; tried " + attempts.get())
                        .isBefore(deadline);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
            server.killHard();
            writers.shutdownNow();
            assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(attempts.get()).as("requests were in flight when the server died").isGreaterThan(acknowledged.size());

        try (StemwerkProcess restarted = StemwerkProcess.start(List.of(), "serve", "--port", Integer.toString(port),
                "--data-dir", dataDir.toString())) {
            restarted.awaitHealthy(port, START);
            int pgPort = EmbeddedDatabase.runningPort(dataDir).orElseThrow();
            try (Connection connection = new DatabaseSettings(EmbeddedDatabase.jdbcUrl(pgPort), EmbeddedDatabase.USER, "").connect()) {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                List<String> stored = jdbc.sql("select username from app_user where username like 'crash-%'").query(String.class).list();
                assertThat(stored).containsAll(acknowledged);
                List<String> audited = jdbc.sql("""
                        select substring(subject from 'gebruiker:(.*)') from audit_log
                        where action = 'gebruiker.aangemaakt' and subject like 'gebruiker:crash-%'""").query(String.class).list();
                assertThat(audited).containsExactlyInAnyOrderElementsOf(stored);
            }
            StemwerkProcess.Result verify = StemwerkProcess.run(Duration.ofMinutes(2), List.of(), "audit", "verify",
                    "--data-dir", dataDir.toString());
            assertThat(verify.exitCode()).as(verify.output()).isEqualTo(ExitCodes.OK);
            assertThat(verify.output()).contains("Auditlog in orde");
        }
    }
}
