package nl.stemwerk.eml.hash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SHA-256 of a file as municipalities know it from the Kiesraad's software: 64 hex digits in 16 groups of
 * four, e.g. "fae2 12ff 03ce …". Before a file is used, the user types two groups from the paper list that came
 * with it; which two is decided by the digest itself, the same way Abacus decides it, so that a user sees the
 * same blanks in Stemwerk as in Abacus.
 */
public final class EmlHash {
    public static final int GROUPS = 16;
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] digest;

    private EmlHash(byte[] digest) {
        this.digest = digest.clone();
    }

    /** The hash of a file's bytes, exactly as stored (no line-ending or encoding changes). */
    public static EmlHash of(byte[] content) {
        return new EmlHash(sha256().digest(content));
    }

    /** The hash of a whole stream, read to its end in constant memory; the caller closes the stream. */
    public static EmlHash of(InputStream content) {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[1 << 16];
        try {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                sha256.update(buffer, 0, n);
            }
            return new EmlHash(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a hash as written on the paper list ("fae2 12ff …"); spaces do not matter, case does not matter. */
    public static Optional<EmlHash> parse(String text) {
        String hex = text.replace(" ", "").strip().toLowerCase(Locale.ROOT);
        if (hex.length() != 64 || !hex.chars().allMatch(EmlHash::isHexDigit)) {
            return Optional.empty();
        }
        return Optional.of(new EmlHash(HEX.parseHex(hex)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** The 16 groups of four lowercase hex digits. */
    public List<String> groups() {
        String hex = HEX.formatHex(digest);
        List<String> groups = new ArrayList<>(GROUPS);
        for (int i = 0; i < GROUPS; i++) {
            groups.add(hex.substring(i * 4, i * 4 + 4));
        }
        return groups;
    }

    /**
     * The hash with two groups left blank: one of groups 0–7 and one of groups 9–15 (counted from 0; group 8 is
     * never blanked, as in Abacus). The choice is drawn from a generator seeded with the digest, so it is the same
     * for the same file every time.
     *
     * @see <a href="https://github.com/kiesraad/abacus/blob/main/backend/src/eml/hash.rs">Abacus hash.rs</a>
     */
    public RedactedEmlHash redacted() {
        Xoshiro256PlusPlus rng = Xoshiro256PlusPlus.fromSeed(digest);
        int first = rng.nextInRange(0, GROUPS / 2);
        int second = rng.nextInRange(GROUPS / 2 + 1, GROUPS);
        List<String> groups = new ArrayList<>(groups());
        groups.set(first, "");
        groups.set(second, "");
        return new RedactedEmlHash(groups, first, second);
    }

    /**
     * Checks the two groups a user typed for the blanks of {@link #redacted()}, first blank first. Spaces around
     * them and upper case are forgiven.
     */
    public HashCheck check(String typedFirst, String typedSecond) {
        String first = typedFirst == null ? "" : typedFirst.strip().toLowerCase(Locale.ROOT);
        String second = typedSecond == null ? "" : typedSecond.strip().toLowerCase(Locale.ROOT);
        if (!isGroup(first) || !isGroup(second)) {
            return HashCheck.NOT_FOUR_HEX_CHARACTERS;
        }
        RedactedEmlHash redacted = redacted();
        List<String> groups = groups();
        boolean matches = groups.get(redacted.firstBlank()).equals(first)
                && groups.get(redacted.secondBlank()).equals(second);
        return matches ? HashCheck.MATCHES : HashCheck.DIFFERENT;
    }

    private static boolean isGroup(String text) {
        return text.length() == 4 && text.chars().allMatch(EmlHash::isHexDigit);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmlHash hash && MessageDigest.isEqual(digest, hash.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    /** The 16 groups separated by spaces, as on the paper list. */
    @Override
    public String toString() {
        return String.join(" ", groups());
    }
}
