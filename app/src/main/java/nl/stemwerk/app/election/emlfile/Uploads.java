package nl.stemwerk.app.election.emlfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded EML file into memory, after checking its size: a file above the limit is refused before a
 * single byte of it is parsed. (The {@code UploadSizeFilter} refuses a too large request even earlier, before its
 * body is read.)
 */
public final class Uploads {
    private Uploads() {
    }

    public static UploadedFile read(MultipartFile file, String field, DataSize limit) {
        if (file == null || file.isEmpty()) {
            throw new ImportProblem("FILE_MISSING", field, "Kies een bestand om in te lezen.");
        }
        if (file.getSize() > limit.toBytes()) {
            throw tooLarge(field, limit);
        }
        try {
            return UploadedFile.of(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportProblem tooLarge(String field, DataSize limit) {
        return new ImportProblem("FILE_TOO_LARGE", field, tooLargeMessage(limit));
    }

    public static String tooLargeMessage(DataSize limit) {
        return "Het bestand is te groot. Stemwerk leest EML-bestanden tot " + limit.toMegabytes()
                + " MB. Er is niets opgeslagen. Kies het juiste bestand.";
    }
}
