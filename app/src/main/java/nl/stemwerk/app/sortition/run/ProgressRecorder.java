package nl.stemwerk.app.sortition.run;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import nl.stemwerk.sortition.selection.Checkpoint;
import nl.stemwerk.sortition.selection.SelectionListener;
import nl.stemwerk.sortition.selection.SelectionPhase;
import nl.stemwerk.sortition.selection.SelectionProgress;

/**
 * Stores the library's progress and checkpoints of one run, throttled: a large LEXIMIN run reports after every
 * linear program, far more often than a page polls or a restart needs. A new phase is always stored, so the page
 * never shows a phase that has passed; a checkpoint kept back by the throttle is lost only if the server stops
 * (the cancel path stores the outcome's own checkpoint).
 */
final class ProgressRecorder implements SelectionListener {
    static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(5);

    /** Where the recorder writes; the repository in the app, a list in tests. */
    interface Sink {
        void progress(SelectionProgress progress);

        void checkpoint(String checkpointText);
    }

    private final Sink sink;
    private final InstantSource clock;
    private Instant lastProgress;
    private SelectionPhase lastPhase;
    private Instant lastCheckpoint;

    ProgressRecorder(Sink sink, InstantSource clock) {
        this.sink = sink;
        this.clock = clock;
    }

    @Override
    public void progress(SelectionProgress progress) {
        Instant now = clock.instant();
        if (progress.phase() != lastPhase || !now.isBefore(lastProgress.plus(PROGRESS_INTERVAL))) {
            sink.progress(progress);
            lastPhase = progress.phase();
            lastProgress = now;
        }
    }

    @Override
    public void checkpoint(Checkpoint checkpoint) {
        Instant now = clock.instant();
        if (lastCheckpoint == null || !now.isBefore(lastCheckpoint.plus(CHECKPOINT_INTERVAL))) {
            sink.checkpoint(checkpoint.toText());
            lastCheckpoint = now;
        }
    }
}
