package nl.stemwerk.app.knowledge.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.stemwerk.knowledge.format.ProblemCode;

/**
 * The content as one zip file: the content tree of the library's format ({@code articles/…}, {@code faq/…},
 * {@code newsletters/…}, {@code checklists/…}, {@code relevance/queries.tsv}). Reading is careful with what it is
 * given: no paths outside the tree, no file over 1 MB, no more than 50 MB or 20,000 files in all.
 */
final class ContentZip {
    static final String UNSAFE_PATH = "UNSAFE_PATH";
    static final String TOO_LARGE = "TOO_LARGE";
    static final String NOT_A_ZIP = "NOT_A_ZIP";
    private static final int MAX_FILE = 1_000_000;
    private static final long MAX_TOTAL = 50_000_000;
    private static final int MAX_FILES = 20_000;
    private static final Set<String> FOLDERS = Set.of("articles", "faq", "newsletters", "checklists", "relevance");

    private ContentZip() {
    }

    static byte[] write(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * What a zip file holds.
     *
     * @param files    the content files, by path below the content root
     * @param skipped  files that are not content (such as {@code .DS_Store}), left out
     * @param problems files that could not be read; when there are any, nothing may be imported
     */
    record Read(Map<String, String> files, List<String> skipped, List<FileProblem> problems) {
    }

    static Read read(InputStream in) {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/').replaceFirst("^(\\./)+", "");
                if (++count > MAX_FILES) {
                    problems.add(new FileProblem(name, 0, TOO_LARGE, "Het zipbestand heeft meer dan " + MAX_FILES
                            + " bestanden."));
                    break;
                }
                if (name.startsWith("/") || List.of(name.split("/")).contains("..")) {
                    problems.add(new FileProblem(name, 0, UNSAFE_PATH, "Dit pad wijst buiten de map van de inhoud."));
                    continue;
                }
                byte[] bytes = zip.readNBytes(MAX_FILE + 1);
                total += bytes.length;
                if (bytes.length > MAX_FILE || total > MAX_TOTAL) {
                    problems.add(new FileProblem(name, 0, TOO_LARGE, "Het bestand is groter dan 1 MB, of alle"
                            + " bestanden samen zijn groter dan 50 MB."));
                    break;
                }
                String file = name.substring(name.lastIndexOf('/') + 1);
                if (file.startsWith(".") || name.startsWith("__MACOSX/")) {
                    skipped.add(name);
                    continue;
                }
                try {
                    files.put(name, decode(bytes));
                } catch (CharacterCodingException e) {
                    problems.add(new FileProblem(name, 0, ProblemCode.NOT_UTF8.name(), ProblemCode.NOT_UTF8.message()));
                }
            }
        } catch (ZipException e) {
            problems.add(new FileProblem("", 0, NOT_A_ZIP, "Dit is geen geldig zipbestand. Kies het zipbestand dat"
                    + " de export van de kennisbank maakte."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> content = new TreeMap<>();
        withoutTopFolder(files).forEach((path, text) -> {
            if (ContentCheck.isContentFile(path)) {
                content.put(path, text);
            } else {
                skipped.add(path);
            }
        });
        if (content.isEmpty() && problems.isEmpty()) {
            problems.add(new FileProblem("", 0, NOT_A_ZIP, "Het zipbestand bevat geen inhoud van de kennisbank"
                    + " (mappen articles, faq, newsletters, checklists of relevance)."));
        }
        return new Read(content, skipped, problems);
    }

    /** A zip made by packing the content folder itself has one folder around the tree; it is taken off. */
    private static Map<String, String> withoutTopFolder(Map<String, String> files) {
        List<String> tops = files.keySet().stream().map(path -> path.contains("/") ? path.substring(0,
                path.indexOf('/')) : "").distinct().toList();
        if (tops.size() != 1 || tops.getFirst().isEmpty() || FOLDERS.contains(tops.getFirst())) {
            return files;
        }
        int cut = tops.getFirst().length() + 1;
        Map<String, String> inner = new LinkedHashMap<>();
        files.forEach((path, text) -> inner.put(path.substring(cut), text));
        return inner;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
