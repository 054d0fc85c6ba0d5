package nl.stemwerk.knowledge.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.stemwerk.knowledge.format.internal.ContentPath;
import nl.stemwerk.knowledge.format.internal.Problems;

/**
 * Imports a content tree from a folder the caller names (on disk, or inside a jar through its file system).
 * Files must be UTF-8; a file that is not is reported, not guessed at.
 */
public final class ContentDirectory {

    private ContentDirectory() {
    }

    public static ImportResult read(Path root) {
        Map<String, String> texts = new LinkedHashMap<>();
        Problems problems = new Problems();
        for (Path file : markdownFiles(root)) {
            String name = relativeName(root, file);
            try {
                texts.put(name, decodeStrictly(Files.readAllBytes(file)));
            } catch (CharacterCodingException e) {
                problems.add(name, 0, ProblemCode.NOT_UTF8);
            } catch (IOException e) {
                problems.add(name, 0, ProblemCode.UNREADABLE, e.getMessage());
            }
        }
        return ContentImporter.readTexts(texts, problems);
    }

    private static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> ContentPath.isMarkdown(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("De map " + root + " kan niet worden gelezen.", e);
        }
    }

    private static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
    }

    private static String decodeStrictly(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
