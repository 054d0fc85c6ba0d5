package nl.stemwerk.app.election.emlfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.stemwerk.eml.hash.EmlHash;

/**
 * A file as it came in (upload, demo resource or command line): its name as the user chose it and its bytes
 * exactly as received, with their SHA-256.
 *
 * @param fileName the file's own name, without any folder, at most 255 characters
 * @param content  the bytes as received
 * @param hash     the SHA-256 of {@code content}
 */
public record UploadedFile(String fileName, byte[] content, EmlHash hash) {
    private static final int MAX_NAME = 255;

    public UploadedFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * A file with a name that is safe to show and store: the part after the last slash or backslash, control
     * characters removed, at most 255 characters, "bestand.xml" when nothing is left.
     */
    public static UploadedFile of(String originalName, byte[] content) {
        return new UploadedFile(safeName(originalName), content.clone(), EmlHash.of(content));
    }

    /**
     * A file that ships with Stemwerk (demo data), from the class path.
     *
     * @throws IllegalStateException when it is missing: the build is broken
     */
    public static UploadedFile fromClassPath(String folder, String fileName) {
        try (InputStream in = UploadedFile.class.getResourceAsStream(folder + fileName)) {
            if (in == null) {
                throw new IllegalStateException("file missing from the class path: " + folder + fileName);
            }
            return of(fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        return name.isEmpty() ? "bestand.xml" : name;
    }

    public int size() {
        return content.length;
    }

    /** The SHA-256 as 64 lowercase hex digits, for the database. */
    public String sha256() {
        return hash.toString().replace(" ", "");
    }
}
