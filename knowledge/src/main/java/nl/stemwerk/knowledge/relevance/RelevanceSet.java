package nl.stemwerk.knowledge.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.knowledge.format.BundledContent;

/**
 * Reads the relevance set: UTF-8, tab-separated, header {@code query<TAB>expected_id<TAB>note}, one query per line;
 * the note may be left out. Blank lines are skipped.
 */
public final class RelevanceSet {

    public static final String FILE = "relevance/queries.tsv";
    private static final String HEADER = "query\texpected_id\tnote";

    private RelevanceSet() {
    }

    public static List<RelevanceCase> read(Reader reader) {
        List<RelevanceCase> cases = new ArrayList<>();
        int number = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1) {
                    checkHeader(line.replace("\uFEFF", ""));
                } else if (!line.isBlank()) {
                    cases.add(relevanceCase(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (number == 0) {
            throw new RelevanceSetException(1, "Het bestand is leeg. De eerste regel is: " + HEADER.replace("\t", " <TAB> "));
        }
        return List.copyOf(cases);
    }

    /** The relevance set shipped with the seed content; empty when there is none. */
    public static Optional<List<RelevanceCase>> bundled() {
        return BundledContent.root().flatMap(RelevanceSet::at);
    }

    /** The relevance set below a content root named by the caller. */
    public static Optional<List<RelevanceCase>> at(Path contentRoot) {
        Path file = contentRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Optional.of(read(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(String line) {
        String header = line.strip();
        if (!header.equals(HEADER) && !header.equals("query\texpected_id")) {
            throw new RelevanceSetException(1, "De eerste regel moet de kop zijn: query, expected_id en note, "
                    + "gescheiden door tabs.");
        }
    }

    private static RelevanceCase relevanceCase(String line, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 2 || columns.length > 3) {
            throw new RelevanceSetException(number, "Een regel heeft twee of drie kolommen, gescheiden door tabs "
                    + "(nu " + columns.length + ").");
        }
        String query = columns[0].strip();
        String id = columns[1].strip();
        if (query.isEmpty() || id.isEmpty()) {
            throw new RelevanceSetException(number, "De zoekvraag en het verwachte id mogen niet leeg zijn.");
        }
        return new RelevanceCase(query, id, columns.length == 3 ? columns[2].strip() : "", number);
    }
}
