package nl.stemwerk.sortition.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * How to compute a lottery.
 *
 * @param algorithm     LEXIMIN (default) or MAXIMIN
 * @param listener      receives progress and checkpoints
 * @param cancellation  lets the caller stop the computation
 * @param resumeFrom    a checkpoint of an earlier, interrupted run on the same problem
 * @param warmUpRounds  rounds of the first search for varied panels; 0 or more, or -1 for the default
 */
public record SelectionOptions(Algorithm algorithm, SelectionListener listener, CancellationToken cancellation,
                               Optional<Checkpoint> resumeFrom, int warmUpRounds) {
    public SelectionOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(resumeFrom, "resumeFrom");
        if (warmUpRounds < -1) {
            throw new IllegalArgumentException("warmUpRounds must be -1 or more");
        }
    }

    public static SelectionOptions leximin() {
        return of(Algorithm.LEXIMIN);
    }

    public static SelectionOptions of(Algorithm algorithm) {
        return new SelectionOptions(algorithm, SelectionListener.none(), CancellationToken.none(), Optional.empty(),
                -1);
    }

    public SelectionOptions withListener(SelectionListener newListener) {
        return new SelectionOptions(algorithm, newListener, cancellation, resumeFrom, warmUpRounds);
    }

    public SelectionOptions withCancellation(CancellationToken token) {
        return new SelectionOptions(algorithm, listener, token, resumeFrom, warmUpRounds);
    }

    public SelectionOptions resumingFrom(Checkpoint checkpoint) {
        return new SelectionOptions(algorithm, listener, cancellation, Optional.of(checkpoint), warmUpRounds);
    }

    public SelectionOptions withWarmUpRounds(int rounds) {
        return new SelectionOptions(algorithm, listener, cancellation, resumeFrom, rounds);
    }
}
