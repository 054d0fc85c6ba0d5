package nl.stemwerk.eml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Small helpers to turn text into input streams and writers' output into bytes, for tests. */
public final class TestFiles {
    private TestFiles() {
    }

    public static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    public static String text(String sharedFile) {
        return new String(SharedData.bytes(sharedFile), StandardCharsets.UTF_8);
    }

    public static byte[] written(Consumer<ByteArrayOutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    /** The text with its first occurrence of {@code target} replaced; fails when the target is not there. */
    public static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new AssertionError("Test input lacks \"" + target + "\"");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** Like {@link #replaceFirst}, but only after {@code marker}, e.g. inside one reporting unit. */
    public static String replaceAfter(String text, String marker, String target, String replacement) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("Test input lacks \"" + marker + "\"");
        }
        return text.substring(0, at) + replaceFirst(text.substring(at), target, replacement);
    }
}
