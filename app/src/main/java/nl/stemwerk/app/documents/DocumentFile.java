package nl.stemwerk.app.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file a committee adopts and hands out: a proces-verbaal, an EML file, a CSV.
 *
 * @param fileName  the name in the zip and on download, e.g. {@code Model_Na31-2.pdf}
 * @param mediaType e.g. {@code application/pdf}
 * @param content   the bytes
 */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
    public DocumentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The SHA-256 hash code, 64 lowercase hex digits. */
    public String sha256() {
        return sha256(content);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A hash code as the Kiesraad prints it: 16 groups of 4 hex digits. */
    public static String grouped(String sha256) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sha256.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(sha256, i, Math.min(i + 4, sha256.length()));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentFile d && d.fileName.equals(fileName) && d.mediaType.equals(mediaType)
                && java.util.Arrays.equals(d.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mediaType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return fileName + " (" + content.length + " bytes, sha256 " + sha256() + ")";
    }
}
