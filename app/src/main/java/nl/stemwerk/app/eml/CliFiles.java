package nl.stemwerk.app.eml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** Opening the files a command line user names, with a Dutch message when that is impossible (exit code 2). */
final class CliFiles {
    private CliFiles() {
    }

    /** The user named a file that cannot be used: it does not exist, is a folder, or cannot be read. */
    static final class BadFile extends RuntimeException {
        private final String code;

        BadFile(String code, String message) {
            super(message);
            this.code = Objects.requireNonNull(code, "code");
        }

        String code() {
            return code;
        }
    }

    /** Does something with the file's contents as a stream; the stream is closed afterwards. */
    interface Reading<T> {
        T read(InputStream in);
    }

    static <T> T read(Path file, Reading<T> reading) {
        if (Files.isDirectory(file)) {
            throw new BadFile("NOT_A_FILE", file + " is een map, geen bestand.");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return reading.read(in);
        } catch (NoSuchFileException e) {
            throw new BadFile("FILE_NOT_FOUND", "Het bestand " + file + " bestaat niet.");
        } catch (AccessDeniedException e) {
            throw new BadFile("FILE_NOT_READABLE", "Stemwerk mag het bestand " + file + " niet lezen.");
        } catch (IOException e) {
            throw new BadFile("FILE_NOT_READABLE", "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new BadFile("FILE_NOT_READABLE", "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getCause().getMessage());
        }
    }

    /** The name to show for a file in messages: the name as the user typed it. */
    static String name(Path file) {
        return file.toString();
    }
}
