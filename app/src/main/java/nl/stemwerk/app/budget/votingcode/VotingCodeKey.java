package nl.stemwerk.app.budget.votingcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The server's secret key for hashing voting codes. It is kept outside the database, so a leaked database (or
 * backup) does not let anyone test codes offline. From {@code stemwerk.stemcode.sleutel} (Base64, at least 32
 * bytes) when set; otherwise from {@code <data-dir>/geheim/stemcode-sleutel}, created with 32 random bytes on first
 * use and readable only by its owner. Back it up apart from the database: without it, printed codes stop working.
 */
@Component
public class VotingCodeKey {
    private static final Logger LOG = LoggerFactory.getLogger(VotingCodeKey.class);
    static final int BYTES = 32;

    private final byte[] key;

    public VotingCodeKey(@Value("${stemwerk.stemcode.sleutel:}") String configured,
                         @Value("${stemwerk.data-dir:}") String dataDir) {
        if (!configured.isBlank()) {
            this.key = decode(configured.strip(), "stemwerk.stemcode.sleutel");
        } else if (!dataDir.isBlank()) {
            this.key = fromFile(Path.of(dataDir).resolve("geheim").resolve("stemcode-sleutel"));
        } else {
            LOG.warn("Geen data-map en geen stemcode-sleutel ingesteld: stemcodes werken tot Stemwerk stopt.");
            this.key = random();
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Path created = Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(created, Base64.getEncoder().encodeToString(random()), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException raced) {
                    LOG.debug("Stemcode-sleutel tegelijk aangemaakt; die wordt gebruikt.");
                } catch (UnsupportedOperationException noPosix) {
                    Files.writeString(file, Base64.getEncoder().encodeToString(random()), StandardCharsets.US_ASCII);
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Kan de stemcode-sleutel " + file + " niet lezen of maken", e);
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("De stemcode-sleutel in " + source + " is geen Base64.", e);
        }
        if (bytes.length < BYTES) {
            throw new IllegalStateException("De stemcode-sleutel in " + source + " is korter dan " + BYTES + " bytes.");
        }
        return bytes;
    }

    private static byte[] random() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
