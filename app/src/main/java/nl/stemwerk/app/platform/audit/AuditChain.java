package nl.stemwerk.app.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of the audit log. Each row's hash covers the previous row's hash and every field of the row,
 * so changing, removing or reordering a row breaks every later link. Plain Java: the CLI verifies the chain
 * with it without starting the web application.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Truncated to what PostgreSQL stores, so that the hash computed before the insert matches the row read back. */
    public static Instant storedPrecision(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(String previousHash, long sequence, Instant occurredAt, String actor, String action,
                              String subject, String details) {
        String canonical = String.join("\n", previousHash, Long.toString(sequence),
                DateTimeFormatter.ISO_INSTANT.format(storedPrecision(occurredAt)), actor, action, subject, details);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Walks the rows in order of sequence and returns the first broken link, if any. */
    public static Verifier verifier() {
        return new Verifier();
    }

    /** Stateful check of consecutive rows. */
    public static final class Verifier {
        private String expectedPrevious = GENESIS;
        private long expectedSequence = 1;
        private long checked;

        public Optional<BrokenLink> check(AuditEntry entry) {
            if (entry.sequence() != expectedSequence) {
                return Optional.of(new BrokenLink(entry.sequence(), "rij " + expectedSequence
                        + " ontbreekt (volgende rij is " + entry.sequence() + ")"));
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                return Optional.of(new BrokenLink(entry.sequence(),
                        "de verwijzing naar de vorige rij klopt niet (vorige rij gewijzigd of verwijderd)"));
            }
            String recomputed = hash(entry.previousHash(), entry.sequence(), entry.occurredAt(), entry.actor(),
                    entry.action(), entry.subject(), entry.details());
            if (!recomputed.equals(entry.hash())) {
                return Optional.of(new BrokenLink(entry.sequence(), "de inhoud van deze rij is gewijzigd"));
            }
            expectedPrevious = entry.hash();
            expectedSequence++;
            checked++;
            return Optional.empty();
        }

        public long checked() {
            return checked;
        }

        /** The hash of the last row checked: write it down (e.g. in the proces-verbaal) to detect a cut-off tail later. */
        public String headHash() {
            return expectedPrevious;
        }
    }

    /** Where and why the chain breaks, in Dutch. */
    public record BrokenLink(long sequence, String reason) {
    }
}
