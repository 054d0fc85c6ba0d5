package nl.stemwerk.app.sortition.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Checkpoint;
import nl.stemwerk.sortition.selection.SelectionPhase;
import nl.stemwerk.sortition.selection.SelectionProgress;
import org.junit.jupiter.api.Test;

class ProgressRecorderTest {
    private final List<SelectionProgress> stored = new ArrayList<>();
    private final List<String> checkpoints = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-24T01:00:00Z");
    private final ProgressRecorder recorder = new ProgressRecorder(new ProgressRecorder.Sink() {
        @Override
        public void progress(SelectionProgress progress) {
            stored.add(progress);
        }

        @Override
        public void checkpoint(String checkpointText) {
            checkpoints.add(checkpointText);
        }
    }, new InstantSource() {
        @Override
        public Instant instant() {
            return now;
        }
    });

    private static SelectionProgress raising(int settled) {
        return new SelectionProgress(SelectionPhase.RAISING_PROBABILITIES, 10, settled, 200, 0.1);
    }

    private static Checkpoint checkpoint(int panels) {
        return new Checkpoint("hash", Algorithm.LEXIMIN, true,
                java.util.Collections.nCopies(panels, Map.of("a", 1)), Map.of());
    }

    @Test
    void reportsWithinASecondOfTheLastStoredOneAreSkippedUnlessThePhaseChanges() {
        recorder.progress(new SelectionProgress(SelectionPhase.FINDING_PANELS, 0, 0, 200, Double.NaN));
        recorder.progress(raising(10));
        recorder.progress(raising(20));
        now = now.plus(Duration.ofMillis(999));
        recorder.progress(raising(30));
        now = now.plus(Duration.ofMillis(1));
        recorder.progress(raising(40));
        recorder.progress(new SelectionProgress(SelectionPhase.DONE, 10, 200, 200, 0.1));

        assertThat(stored).extracting(SelectionProgress::settledVolunteers).containsExactly(0, 10, 40, 200);
    }

    @Test
    void checkpointsAreStoredAtMostOnceInFiveSeconds() {
        recorder.checkpoint(checkpoint(1));
        now = now.plus(Duration.ofSeconds(4));
        recorder.checkpoint(checkpoint(2));
        now = now.plus(Duration.ofSeconds(1));
        recorder.checkpoint(checkpoint(3));

        assertThat(checkpoints).hasSize(2);
        assertThat(checkpoints.getLast()).isEqualTo(checkpoint(3).toText());
    }
}
