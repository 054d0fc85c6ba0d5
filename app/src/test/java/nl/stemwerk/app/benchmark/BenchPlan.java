package nl.stemwerk.app.benchmark;

import java.time.Duration;

/**
 * What the bench does: {@code typists} typists in pairs, each pair with {@code stationsPerPair} polling stations of
 * {@code lists} lists of {@code candidatesPerList} candidates, a think time between requests, typists arriving
 * evenly spread over {@code rampUp} (zero: all at once), and a measuring window after which the server is killed
 * while the typists are still at work.
 */
record BenchPlan(int typists, int stationsPerPair, int lists, int candidatesPerList, long thinkMillis,
                 Duration rampUp, Duration window, long startedNanos) {

    int pairs() {
        return typists / 2;
    }

    int stations() {
        return pairs() * stationsPerPair;
    }

    BenchPlan started() {
        return new BenchPlan(typists, stationsPerPair, lists, candidatesPerList, thinkMillis, rampUp, window,
                System.nanoTime());
    }

    /** When typist {@code index} (0-based) starts, after the start of the run. */
    Duration arrival(int index) {
        return rampUp.multipliedBy(index).dividedBy(typists);
    }

    boolean over() {
        return startedNanos > 0 && System.nanoTime() - startedNanos > window.toNanos();
    }
}
