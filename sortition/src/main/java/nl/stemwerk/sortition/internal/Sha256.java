package nl.stemwerk.sortition.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java runtime must provide. */
public final class Sha256 {
    private Sha256() {
    }

    public static byte[] digest(byte[] data) {
        return digester().digest(data);
    }

    /** The lower-case hex SHA-256 of the UTF-8 bytes of the text. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    public static MessageDigest digester() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
