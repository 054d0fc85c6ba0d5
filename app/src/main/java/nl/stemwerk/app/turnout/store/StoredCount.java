package nl.stemwerk.app.turnout.store;

import java.util.Objects;
import nl.stemwerk.turnout.count.ElectionCount;

/**
 * A count as stored: the import it came from and the count rebuilt from its rows.
 *
 * @param importId the import, which identifies the count in pages and routes
 * @param fileName the file it was read from
 * @param count    the count, as the turnout library reads it
 */
public record StoredCount(long importId, String fileName, ElectionCount count) {
    public StoredCount {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(count, "count");
    }
}
