package nl.stemwerk.budgeting.rule;

import java.util.Objects;

/**
 * How the Method of Equal Shares spends money that plain MES leaves (about half of it in Wieliczka and Łódź).
 */
public sealed interface Completion permits Completion.None, Completion.Add1 {

    /** Plain MES: every voter gets budget / voters, and that is it. */
    record None() implements Completion {
    }

    /**
     * Add1: run MES again with one currency unit more per voter, as long as the outcome still fits the real budget;
     * keep the last outcome that fits (equalshares.net, "completion").
     *
     * @param start          the first endowment per voter
     * @param exhaustiveStop stop as soon as no further project fits in the money left (the equalshares tool's
     *                       default today); without it, go on until the next step would overspend (Wieliczka 2023)
     */
    record Add1(Start start, boolean exhaustiveStop) implements Completion {
        public Add1 {
            Objects.requireNonNull(start, "start");
        }
    }

    /** The first endowment per voter in Add1. */
    enum Start {
        /** floor(budget / voters) in whole currency units, as the equalshares compute tool ("integral"). */
        INTEGRAL,
        /** budget / voters exactly, as pabutools. */
        EXACT
    }
}
