package nl.stemwerk.app.eml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.support.Cli;
import nl.stemwerk.app.support.EmlSamples;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code stemwerk eml validate | hash | csv} on the real files of West Maas en Waal and the Juinen samples. */
class EmlCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Nested
    class Validate {
        @Test
        void realFilesAreInOrderAndTheCommandSaysWhatTheyHold() {
            Cli.Result result = Cli.run("eml", "validate", EmlSamples.westMaasEnWaalCount().toString(),
                    EmlSamples.westMaasEnWaalCandidates().toString(), EmlSamples.juinenDefinition().toString());

            assertThat(result.code()).isEqualTo(ExitCodes.OK);
            assertThat(result.out())
                    .contains("In orde: " + EmlSamples.westMaasEnWaalCount())
                    .contains("bevat de telling van een gemeentelijk stembureau (EML 510b).")
                    .contains("Tellingen van stembureaus: 21.")
                    .contains("Kandidaten: 251.")
                    .contains("Verkiezing: Gemeenteraad 2025 Juinen, op 2025-08-29, in Juinen.")
                    .contains("Zetels: 45.");
        }

        @Test
        void aFileThatFailsItsChecksGivesExitCode1WithTheLibrarysDutchMessage() throws IOException {
            Path broken = write("kapot.xml", EmlSamples.text(EmlSamples.westMaasEnWaalCount())
                    .replace("<ValidVotes>581</ValidVotes>", "<ValidVotes>582</ValidVotes>"));

            Cli.Result result = Cli.run("eml", "validate", EmlSamples.westMaasEnWaalCandidates().toString(),
                    broken.toString());

            assertThat(result.code()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(result.out()).contains("In orde: " + EmlSamples.westMaasEnWaalCandidates())
                    .contains("Niet in orde: " + broken).contains("Bestand " + broken + ", regel 1");
        }

        @Test
        void aMissingFileIsBadInputWithExitCode2() {
            Cli.Result result = Cli.run("eml", "validate", dir.resolve("bestaat-niet.xml").toString());

            assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(result.out()).contains("bestaat-niet.xml bestaat niet.");
        }

        @Test
        void jsonGivesEveryFileWithItsSummaryOrItsCodeAndPlace() throws IOException {
            Path hostile = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE EML [<!ENTITY x SYSTEM"
                    + " \"file:///etc/passwd\">]>\n<EML>&x;</EML>");

            Cli.Result result = Cli.run("eml", "validate", "--json", EmlSamples.juinenStations().toString(),
                    hostile.toString());

            JsonNode files = JSON.readTree(result.out()).get("files");
            assertThat(result.code()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(files.get(0).get("valid").asBoolean()).isTrue();
            assertThat(files.get(0).get("summary").get("type").asString()).isEqualTo("110b");
            assertThat(files.get(0).get("summary").get("pollingStations").asInt()).isEqualTo(3);
            assertThat(files.get(1).get("valid").asBoolean()).isFalse();
            assertThat(files.get(1).get("code").asString()).isEqualTo("DTD_NOT_ALLOWED");
            assertThat(files.get(1).get("line").asInt()).isEqualTo(2);
            assertThat(result.out()).doesNotContain("root:");
        }
    }

    @Nested
    class Hash {
        @Test
        void theCodeOfEachJuinenFileEqualsThePaperList() {
            Cli.Result result = Cli.run("eml", "hash", "--json", EmlSamples.juinenDefinition().toString(),
                    EmlSamples.juinenCandidates().toString());

            JsonNode files = JSON.readTree(result.out()).get("files");
            assertThat(result.code()).isEqualTo(ExitCodes.OK);
            assertThat(groups(files.get(0))).isEqualTo(EmlSamples.juinenPaperList()
                    .get("eml110a_verkiezingsdefinitie-juinen.eml.xml"));
            assertThat(groups(files.get(1))).isEqualTo(EmlSamples.juinenPaperList()
                    .get("eml230b_kandidatenlijsten-juinen.eml.xml"));
            assertThat(files.get(0).get("blanks").values()).hasSize(2);
        }

        @Test
        void humanOutputShowsTheSixteenGroupsAndWhichTwoTheImportAsksFor() {
            Cli.Result result = Cli.run("eml", "hash", EmlSamples.juinenDefinition().toString());

            assertThat(result.code()).isEqualTo(ExitCodes.OK);
            assertThat(result.out()).contains("fae2 12ff 03ce 27d0 45e2 15ee a0c1 7e0e 316e 331f 2641 50a3 feef 2ac3"
                    + " 61db 2528").contains("Bij de import vraagt Stemwerk groep ").contains("____");
        }

        @Test
        void aMissingFileIsBadInput() {
            Cli.Result result = Cli.run("eml", "hash", dir.resolve("weg.xml").toString());

            assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(result.out()).contains("weg.xml bestaat niet.");
        }

        private List<String> groups(JsonNode file) {
            return file.get("groups").values().stream().map(JsonNode::asString).toList();
        }
    }

    @Nested
    class Csv {
        @Test
        void theCsvOfTheRealFilesEqualsThePublishedCsvByteForByte() throws IOException {
            Path out = dir.resolve("gr2022.csv");

            Cli.Result result = Cli.run("eml", "csv", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                    "--candidates", EmlSamples.westMaasEnWaalCandidates().toString(), "-o", out.toString());

            assertThat(result.code()).isEqualTo(ExitCodes.OK);
            assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(EmlSamples.westMaasEnWaalCsv()));
            assertThat(result.out()).contains("CSV geschreven naar " + out).contains("Code: ");
        }

        @Test
        void withoutAnOutputFileTheCsvGoesToTheScreen() throws IOException {
            Cli.Result result = Cli.run("eml", "csv", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                    "--candidates", EmlSamples.westMaasEnWaalCandidates().toString());

            assertThat(result.code()).isEqualTo(ExitCodes.OK);
            assertThat(result.out()).isEqualTo(Files.readString(EmlSamples.westMaasEnWaalCsv(),
                    StandardCharsets.UTF_8));
        }

        @Test
        void aCountThatDoesNotAddUpWritesNothingAndGivesExitCode1() throws IOException {
            Path broken = write("telling.xml", EmlSamples.text(EmlSamples.westMaasEnWaalCount())
                    .replace("<TotalCounted>9350</TotalCounted>", "<TotalCounted>9351</TotalCounted>"));
            Path out = dir.resolve("uit.csv");

            Cli.Result result = Cli.run("eml", "csv", "--json", "--count", broken.toString(), "--candidates",
                    EmlSamples.westMaasEnWaalCandidates().toString(), "-o", out.toString());

            assertThat(result.code()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(JSON.readTree(result.out()).get("code").asString()).isEqualTo("VALID_VOTES_MISMATCH");
            assertThat(out).doesNotExist();
            try (var files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("telling.xml");
            }
        }

        @Test
        void countAndCandidateListsOfDifferentElectionsAreRefused() {
            Cli.Result result = Cli.run("eml", "csv", "--count", EmlSamples.westMaasEnWaalCount().toString(),
                    "--candidates", EmlSamples.juinenCandidates().toString());

            assertThat(result.code()).isEqualTo(ExitCodes.CHECK_FAILED);
            assertThat(result.err()).contains("is voor West Maas en Waal (0668), maar het bestand met de"
                    + " kandidatenlijsten is voor Juinen (0042).").doesNotContain("Exception");
        }

        @Test
        void jsonWithoutAnOutputFileOrWithoutOptionsIsBadInput() {
            assertThat(Cli.run("eml", "csv", "--json", "--count", "a.xml", "--candidates", "b.xml").code())
                    .isEqualTo(ExitCodes.BAD_INPUT);
            Cli.Result missing = Cli.run("eml", "csv", "--count", "a.xml");
            assertThat(missing.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(missing.err()).contains("Deze optie ontbreekt: --candidates.");
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
