package nl.stemwerk.app.election.emlfile;

import java.time.Clock;
import java.time.Duration;
import nl.stemwerk.eml.EmlReadOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How large an EML file may be, how long an unconfirmed import is kept, and how much memory unconfirmed imports
 * may take together. Set with {@code stemwerk.import.max-file-size} (default 20MB: the largest real file, a 510b
 * of a large municipality, is a few MB) and keep {@code spring.servlet.multipart.max-file-size} just above it.
 */
@Component
public class ImportLimits {
    private static final Duration PENDING_TIME = Duration.ofMinutes(60);
    private static final long PENDING_FILES_PER_LIMIT = 10;

    private final DataSize maxFileSize;
    private final Clock clock;

    public ImportLimits(@Value("${stemwerk.import.max-file-size:20MB}") DataSize maxFileSize, Clock clock) {
        this.maxFileSize = maxFileSize;
        this.clock = clock;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** Reading options with the file size limit, schema validation on. */
    public EmlReadOptions readOptions() {
        return EmlReadOptions.defaults().withMaxBytes(maxFileSize.toBytes());
    }

    /** An empty store for pending imports: an hour each, ten files of the largest size together. */
    public <T extends PendingImports.Pending> PendingImports<T> pendingStore() {
        return new PendingImports<>(clock, PENDING_TIME, PENDING_FILES_PER_LIMIT * maxFileSize.toBytes());
    }
}
