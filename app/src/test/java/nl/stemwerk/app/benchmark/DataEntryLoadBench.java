package nl.stemwerk.app.benchmark;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.app.platform.database.DatabaseSettings;
import nl.stemwerk.app.platform.database.EmbeddedDatabase;
import nl.stemwerk.app.support.StemwerkProcess;
import nl.stemwerk.app.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Load and fault bench of double entry (not part of the test suite): simulated typists in pairs enter processen-verbaal
 * through the JSON API of the packaged {@code stemwerk.jar} on loopback with its embedded PostgreSQL, for a measuring
 * window; then the server is killed with {@code kill -9} while they are still at work, restarted, and checked: every
 * acknowledged write is stored, no state without its audit row (or the other way round), and
 * {@code stemwerk audit verify} passes. Prints p50/p99 per request type.
 *
 * <p>Run after {@code mvn -pl app -am package -DskipTests} with the test class path, e.g.
 * {@code java -cp app/target/test-classes:app/target/classes:$(cat /tmp/cp-app.txt)
 * nl.stemwerk.app.benchmark.DataEntryLoadBench 300 120 1000 30}: typists, seconds, think time in milliseconds, and
 * optionally a ramp-up in seconds over which the typists arrive (default 0: all at once). The typists sign in all at
 * once before the measuring window (BCrypt is slow on purpose); those figures are printed apart.
 */
public final class DataEntryLoadBench {
    private static final Duration START = Duration.ofMinutes(4);

    private DataEntryLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int typists = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 120);
        long think = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        Duration rampUp = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 0);
        BenchPlan plan = new BenchPlan(typists, 8, 8, 15, think, rampUp, window.multipliedBy(3), 0);
        Path dataDir = TestDatabase.tempDir("stemwerk-bench-");
        System.out.printf("Voorbereiden: %d invoerders, %d stembureaus, in %s%n", typists, plan.stations(), dataDir);
        long session = BenchSetup.prepareOrCopy(dataDir, plan);

        int port = StemwerkProcess.freePort();
        Latencies latencies = new Latencies();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (StemwerkProcess server = serve(port, dataDir)) {
            server.awaitHealthy(port, START);
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            List<TypistConnection> connections = signIn(client, port, typists);
            ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
            BenchPlan running = plan.started();
            System.out.printf("Meten: %d s, bedenktijd %d ms, aankomst verspreid over %d s%n", window.toSeconds(),
                    think, rampUp.toSeconds());
            for (int t = 0; t < typists; t++) {
                pool.submit(new SimulatedTypist(connections.get(t), t, session, BenchSetup.stationsOfPair(t / 2, plan),
                        running, latencies, acknowledged));
            }
            TimeUnit.NANOSECONDS.sleep(window.toNanos());
            server.killHard();
            System.out.printf("kill -9 na %d s, %d schrijfacties bevestigd%n", window.toSeconds(), acknowledged.size());
            pool.shutdownNow();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        System.out.print(latencies.report());
        verifyAfterRestart(port, dataDir, session, Set.copyOf(acknowledged));
    }

    private static StemwerkProcess serve(int port, Path dataDir) {
        return StemwerkProcess.start(List.of("-Xmx1g"), "serve", "--port", Integer.toString(port), "--data-dir",
                dataDir.toString());
    }

    /** Signs every typist in at once, before the measuring window, and prints how long that took. */
    private static List<TypistConnection> signIn(HttpClient client, int port, int typists) throws Exception {
        Latencies signIns = new Latencies();
        long start = System.nanoTime();
        List<Future<TypistConnection>> signedIn = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 1; t <= typists; t++) {
                String user = BenchSetup.typist(t);
                signedIn.add(pool.submit(() -> {
                    TypistConnection connection = new TypistConnection(client, port);
                    long began = System.nanoTime();
                    connection.signIn(user, BenchSetup.PASSWORD);
                    signIns.record("sign in", System.nanoTime() - began);
                    return connection;
                }));
            }
        }
        List<TypistConnection> connections = new ArrayList<>();
        for (Future<TypistConnection> connection : signedIn) {
            connections.add(connection.get());
        }
        System.out.printf("Inloggen (niet in de meting): %d invoerders tegelijk in %.1f s%n%s", typists,
                (System.nanoTime() - start) / 1e9, signIns.report());
        return connections;
    }

    private static void verifyAfterRestart(int port, Path dataDir, long session, Set<String> acknowledged) {
        try (StemwerkProcess restarted = serve(port, dataDir)) {
            restarted.awaitHealthy(port, START);
            int pgPort = EmbeddedDatabase.runningPort(dataDir).orElseThrow();
            try (Connection connection = new DatabaseSettings(EmbeddedDatabase.jdbcUrl(pgPort), EmbeddedDatabase.USER,
                    "").connect()) {
                JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
                Set<String> stored = new HashSet<>(jdbc.sql("""
                        select s.data_entry_id || '@' || s.version from data_entry_state s
                        join data_entry e on e.id = s.data_entry_id where e.session_id = ?""").param(session)
                        .query(String.class).list());
                Set<String> missing = new HashSet<>(acknowledged);
                missing.removeAll(stored);
                long withoutAudit = jdbc.sql("""
                        select count(*) from data_entry_state s where s.version > 1 and not exists (
                          select 1 from audit_log a where a.subject = 'invoer:' || s.data_entry_id
                          and (a.details::jsonb ->> 'versie')::int = s.version)""").query(Long.class).single();
                long auditWithoutState = jdbc.sql("""
                        select count(*) from audit_log a where a.subject like 'invoer:%'
                          and (a.details::jsonb ->> 'versie') is not null and not exists (
                          select 1 from data_entry_state s where 'invoer:' || s.data_entry_id = a.subject
                          and s.version = (a.details::jsonb ->> 'versie')::int)""").query(Long.class).single();
                long definitive = jdbc.sql("""
                        select count(*) from data_entry e where e.session_id = ? and (select s.status from
                          data_entry_state s where s.data_entry_id = e.id order by s.version desc limit 1)
                          = 'DEFINITIVE'""").param(session).query(Long.class).single();
                System.out.printf("Na herstart: %d bevestigd, %d opgeslagen, %d bevestigd maar niet opgeslagen;"
                                + " %d toestanden zonder auditregel, %d auditregels zonder toestand;"
                                + " %d stembureaus definitief%n", acknowledged.size(), stored.size(), missing.size(),
                        withoutAudit, auditWithoutState, definitive);
            }
            StemwerkProcess.Result verify = StemwerkProcess.run(Duration.ofMinutes(2), List.of(), "audit", "verify",
                    "--data-dir", dataDir.toString());
            System.out.println("stemwerk audit verify: exit " + verify.exitCode() + ": "
                    + verify.output().lines().filter(l -> l.contains("Auditlog")).findFirst().orElse(verify.output()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
