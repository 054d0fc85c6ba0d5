package nl.stemwerk.app.sortition.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.draw.PublicSeed;

/** Reading the files of a sortition command, their problems as {@link BadInput}. */
final class SortitionInput {
    private SortitionInput() {
    }

    /** The library's problems as one {@link BadInput} about {@code field}. */
    static BadInput badInput(SortitionException e, String field) {
        return new BadInput(e.code().name(), field,
                e.problems().stream().map(Problem::message).collect(Collectors.joining("\n")));
    }

    /** Opens {@code file} as UTF-8 and hands it to {@code parse}; the library's problems become {@link BadInput}. */
    static <T> T read(Path file, String field, Function<Reader, T> parse) throws BadInput {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse.apply(reader);
        } catch (NoSuchFileException e) {
            throw new BadInput("FILE_NOT_FOUND", field, "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new BadInput("FILE_UNREADABLE", field, "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getMessage());
        } catch (SortitionException e) {
            throw badInput(e, field);
        }
    }

    static PublicSeed seed(String text) throws BadInput {
        try {
            return PublicSeed.parse(text);
        } catch (SortitionException e) {
            throw badInput(e, "--seed");
        }
    }

    static void write(Path file, String text) throws BadInput {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput("FILE_NOT_WRITABLE", "--out", "Het bestand " + file + " kan niet worden geschreven: "
                    + e.getMessage());
        }
    }

}
