package nl.stemwerk.app.election.emlfile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Imports that were read and checked but not yet confirmed. They live in memory only: until the user confirms the
 * summary, nothing of an import is in the database. An import that is not confirmed within its time is forgotten,
 * and the memory all pending imports may take together is limited.
 *
 * @param <T> what is pending
 */
public final class PendingImports<T extends PendingImports.Pending> {
    /** Something pending: who started it and how many bytes of files it holds. */
    public interface Pending {
        UUID id();

        String owner();

        long bytes();
    }

    private record Entry<T>(T value, Instant expires) {
    }

    private final Map<UUID, Entry<T>> entries = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration timeToLive;
    private final long maxBytes;

    public PendingImports(Clock clock, Duration timeToLive, long maxBytes) {
        this.clock = clock;
        this.timeToLive = timeToLive;
        this.maxBytes = maxBytes;
    }

    /** Adds or replaces a pending import; its time starts again. */
    public synchronized void put(T value) {
        forgetExpired();
        Entry<T> previous = entries.remove(value.id());
        long held = entries.values().stream().mapToLong(e -> e.value().bytes()).sum();
        if (held + value.bytes() > maxBytes) {
            if (previous != null) {
                entries.put(value.id(), previous);
            }
            throw new ImportProblem("BUSY", "bestand", "Er worden nu te veel bestanden tegelijk ingelezen. Rond"
                    + " eerst een andere import af of probeer het over een uur opnieuw. Er is niets opgeslagen.");
        }
        entries.put(value.id(), new Entry<>(value, clock.instant().plus(timeToLive)));
    }

    /**
     * The pending import with this id, when it belongs to {@code owner} and has not expired.
     *
     * @throws ImportProblem {@code IMPORT_NOT_FOUND} otherwise
     */
    public synchronized T get(UUID id, String owner) {
        forgetExpired();
        Entry<T> entry = entries.get(id);
        if (entry == null || !entry.value().owner().equals(owner)) {
            throw new ImportProblem("IMPORT_NOT_FOUND", "import", "Deze import bestaat niet (meer). Een import die"
                    + " niet binnen " + timeToLive.toMinutes() + " minuten is afgerond, vervalt. Begin opnieuw;"
                    + " er is niets opgeslagen.");
        }
        return entry.value();
    }

    /** The most recent pending import of {@code owner}, if any. */
    public synchronized Optional<T> latestOf(String owner) {
        forgetExpired();
        return entries.values().stream().filter(e -> e.value().owner().equals(owner))
                .max(Comparator.comparing(Entry::expires)).map(Entry::value);
    }

    public synchronized void remove(UUID id) {
        entries.remove(id);
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.expires().isAfter(now));
    }
}
