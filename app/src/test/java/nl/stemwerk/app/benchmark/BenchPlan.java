package nl.stemwerk.app.benchmark;

import java.time.Duration;

/**
 * What the bench does: {@code typists} typists in pairs, each pair with {@code stationsPerPair} polling stations of
 * {@code lists} lists of {@code candidatesPerList} candidates, a think time between requests, and a measuring window
 * after which the server is killed while the typists are still at work.
 */
record BenchPlan(int typists, int stationsPerPair, int lists, int candidatesPerList, long thinkMillis,
                 Duration window, long startedNanos) {

    int pairs() {
        return typists / 2;
    }

    int stations() {
        return pairs() * stationsPerPair;
    }

    BenchPlan started() {
        return new BenchPlan(typists, stationsPerPair, lists, candidatesPerList, thinkMillis, window, System.nanoTime());
    }

    boolean over() {
        return startedNanos > 0 && System.nanoTime() - startedNanos > window.toNanos();
    }
}
