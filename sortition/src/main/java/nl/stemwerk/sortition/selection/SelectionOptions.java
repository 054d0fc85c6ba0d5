package nl.stemwerk.sortition.selection;

import java.time.Duration;
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
 * @param timeBudget    wall time after which the computation stops and returns the best valid lottery found so
 *                      far, marked {@link Optimality.Status#NOT_PROVEN} or {@link Optimality.Status#LOWEST_PROVEN};
 *                      empty to compute until proven. It is checked between rounds, so the run ends up to one
 *                      round (a master program and a pricing) and the final linear program later
 */
public record SelectionOptions(Algorithm algorithm, SelectionListener listener, CancellationToken cancellation,
                               Optional<Checkpoint> resumeFrom, int warmUpRounds, Optional<Duration> timeBudget) {
    public SelectionOptions {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(cancellation, "cancellation");
        Objects.requireNonNull(resumeFrom, "resumeFrom");
        Objects.requireNonNull(timeBudget, "timeBudget");
        if (timeBudget.isPresent() && timeBudget.get().isNegative()) {
            throw new IllegalArgumentException("timeBudget must not be negative");
        }
        if (warmUpRounds < -1) {
            throw new IllegalArgumentException("warmUpRounds must be -1 or more");
        }
    }

    public static SelectionOptions leximin() {
        return of(Algorithm.LEXIMIN);
    }

    public static SelectionOptions of(Algorithm algorithm) {
        return new SelectionOptions(algorithm, SelectionListener.none(), CancellationToken.none(), Optional.empty(),
                -1, Optional.empty());
    }

    public SelectionOptions withListener(SelectionListener newListener) {
        return new SelectionOptions(algorithm, newListener, cancellation, resumeFrom, warmUpRounds, timeBudget);
    }

    public SelectionOptions withCancellation(CancellationToken token) {
        return new SelectionOptions(algorithm, listener, token, resumeFrom, warmUpRounds, timeBudget);
    }

    public SelectionOptions resumingFrom(Checkpoint checkpoint) {
        return new SelectionOptions(algorithm, listener, cancellation, Optional.of(checkpoint), warmUpRounds,
                timeBudget);
    }

    public SelectionOptions withWarmUpRounds(int rounds) {
        return new SelectionOptions(algorithm, listener, cancellation, resumeFrom, rounds, timeBudget);
    }

    /** Stop after this much wall time with the best valid lottery so far (see {@link Optimality}). */
    public SelectionOptions withTimeBudget(Duration budget) {
        return new SelectionOptions(algorithm, listener, cancellation, resumeFrom, warmUpRounds, Optional.of(budget));
    }
}
