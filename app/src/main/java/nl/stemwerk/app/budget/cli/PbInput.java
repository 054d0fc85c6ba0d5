package nl.stemwerk.app.budget.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.stemwerk.app.platform.cli.BadInput;
import nl.stemwerk.budgeting.pabulib.PbFormatException;
import nl.stemwerk.budgeting.pabulib.PbProblem;
import nl.stemwerk.budgeting.pabulib.PbReadResult;
import nl.stemwerk.budgeting.pabulib.PbReader;

/** Reading the {@code .pb} file of a command, its problems as {@link BadInput}. */
final class PbInput {
    private PbInput() {
    }

    static PbReadResult read(Path file) throws BadInput {
        try (InputStream in = Files.newInputStream(file)) {
            return PbReader.read(in);
        } catch (NoSuchFileException e) {
            throw new BadInput("FILE_NOT_FOUND", "BESTAND", "Het bestand " + file + " bestaat niet.");
        } catch (IOException e) {
            throw new BadInput("FILE_UNREADABLE", "BESTAND", "Het bestand " + file + " kan niet worden gelezen: "
                    + e.getMessage());
        } catch (PbFormatException e) {
            String lines = e.problems().stream().filter(PbProblem::isError).limit(10).map(PbProblem::dutchText)
                    .collect(Collectors.joining("\n"));
            throw new BadInput("PB_FORMAT", "BESTAND", "Het bestand " + file + " is geen geldig .pb-bestand ("
                    + e.errorCount() + (e.errorCount() == 1 ? " fout" : " fouten") + "):\n" + lines);
        }
    }

}
