package nl.stemwerk.kieswet.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds test inputs. */
final class Inputs {
    private Inputs() {
    }

    /** Lists with 50 candidates each, all votes on candidate 1. */
    static ApportionmentInput withVotes(int seats, long... votes) {
        int[] candidates = new int[votes.length];
        java.util.Arrays.fill(candidates, 50);
        return withCandidates(seats, votes, candidates);
    }

    /** Lists with the given number of candidates, all votes on candidate 1. */
    static ApportionmentInput withCandidates(int seats, long[] votes, int[] candidates) {
        return new ApportionmentInput(seats, lists(votes, candidates), Set.of(), List.of());
    }

    static List<ListInput> lists(long[] votes, int[] candidates) {
        List<ListInput> lists = new ArrayList<>();
        for (int i = 0; i < votes.length; i++) {
            long[] candidateVotes = new long[candidates[i]];
            candidateVotes[0] = votes[i];
            lists.add(ListInput.of(i + 1, candidateVotes));
        }
        return lists;
    }

    /** A list of {@code size} candidates: the leading votes given, the others 0. */
    static ListInput padded(int number, int size, long... leadingVotes) {
        long[] votes = java.util.Arrays.copyOf(leadingVotes, size);
        return ListInput.of(number, votes);
    }

    static ApportionmentOutcome.Completed completed(ApportionmentInput input) {
        ApportionmentOutcome outcome = Apportionment.apportion(input);
        if (outcome instanceof ApportionmentOutcome.Completed completed) {
            return completed;
        }
        throw new AssertionError("Loting nodig: " + ((ApportionmentOutcome.DrawingOfLotsRequired) outcome)
                .drawing().dutchDescription());
    }

    static <T extends AllocationStep> List<T> steps(SeatAllocation allocation, Class<T> type) {
        return allocation.steps().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
