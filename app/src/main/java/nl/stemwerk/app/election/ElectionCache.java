package nl.stemwerk.app.election;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Read-only copies of stored elections, because every data entry request needs its election's lists and stations
 * and an election of a large municipality is thousands of rows. A copy is handed out only while the election's
 * revision in the database is the one it was made at; database triggers (V160) change the revision with every
 * change to the election, its lists, candidates and stations, whoever writes them.
 *
 * <p>The revision is read before the rows, so a copy is never older than its revision; revisions come from a
 * sequence and are never handed out twice, so a copy made inside a transaction that rolls back is never used.
 * {@link StoredElection} and the library's {@code Election} are immutable, so one copy can serve every thread.
 */
@Component
class ElectionCache {
    private final ElectionRepository elections;
    private final Map<Long, Copy> copies = new ConcurrentHashMap<>();

    ElectionCache(ElectionRepository elections) {
        this.elections = elections;
    }

    Optional<StoredElection> find(long electionId) {
        Optional<Long> revision = elections.revision(electionId);
        if (revision.isEmpty()) {
            copies.remove(electionId);
            return elections.find(electionId);
        }
        Copy copy = copies.get(electionId);
        if (copy != null && copy.revision() == revision.get()) {
            return Optional.of(copy.election());
        }
        Optional<StoredElection> loaded = elections.find(electionId);
        // The last one loaded wins, even if older: an older copy is only a miss on the next call, never wrong.
        loaded.ifPresent(election -> copies.put(electionId, new Copy(revision.get(), election)));
        return loaded;
    }

    private record Copy(long revision, StoredElection election) {
    }
}
