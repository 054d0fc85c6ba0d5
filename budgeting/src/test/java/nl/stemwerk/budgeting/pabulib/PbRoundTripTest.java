package nl.stemwerk.budgeting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.stemwerk.budgeting.testing.SharedData;

/** Reading a published .pb file and writing it back loses nothing, on every file in shared/data/pb. */
class PbRoundTripTest {

    static List<String> files() {
        return SharedData.pbFileNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void writingAFileBackGivesTheSameBytes(String fileName) throws Exception {
        byte[] original = SharedData.bytes(fileName);

        byte[] written = PbWriter.toBytes(PbReader.read(original).file());

        assertThat(new String(written, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(original, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readingWhatWasWrittenGivesTheSameContents(String fileName) throws Exception {
        PbFile file = PbReader.read(SharedData.bytes(fileName)).file();

        PbFile again = PbReader.read(PbWriter.toBytes(file)).file();

        assertThat(again).isEqualTo(file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyPublishedFileBecomesACountableElection(String fileName) {
        PbFile file = SharedData.read(fileName);

        var election = PbElections.toElection(file);

        assertThat(election.projects()).hasSize(file.projects().size());
        assertThat(election.ballots()).hasSize(file.votes().size());
        assertThat(election.budget()).isEqualTo(file.budget());
    }
}
