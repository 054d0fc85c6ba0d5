package nl.stemwerk.kieswet.apportionment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.Fraction;
import nl.stemwerk.kieswet.apportionment.ListInput;
import nl.stemwerk.kieswet.apportionment.ListStanding;
import nl.stemwerk.kieswet.apportionment.ResidualSeatMethod;

/** The seats of every list while the rules run, indexed by the position of the list in the input. */
final class AllocationState {
    final int seats;
    final long totalVotes;
    final Fraction quota;
    /** 75% of the quota: the least a list needs for a remainder seat under art. P 8 second paragraph. */
    final Fraction remainderThreshold;
    final int[] numbers;
    final long[] votes;
    /** Candidates still alive (art. P 19a): the most seats a list can take (art. P 10). */
    final int[] livingCandidates;
    final int[] fullSeats;
    final int[] residualSeats;
    /** Residual seats held by largest remainders; art. P 8 allows one per list. */
    final int[] largestRemainderSeats;
    /** Residual seats held by highest averages under art. P 8 third paragraph; one per list. */
    final int[] uniqueAverageSeats;
    final List<Award> awards = new ArrayList<>();
    final List<AllocationStep> steps = new ArrayList<>();
    final Lots lots;
    int residualSeatsGiven;

    /** A residual seat given by P 7 or P 8, remembered because art. P 9 takes back the last one. */
    record Award(int list, ResidualSeatMethod method, Fraction value) {
    }

    AllocationState(ApportionmentInput input, Lots lots) {
        this.seats = input.seats();
        this.totalVotes = input.totalVotes();
        this.quota = Fraction.of(totalVotes, seats);
        this.remainderThreshold = quota.times(Fraction.of(3, 4));
        this.lots = lots;
        int n = input.lists().size();
        numbers = new int[n];
        votes = new long[n];
        livingCandidates = new int[n];
        fullSeats = new int[n];
        residualSeats = new int[n];
        largestRemainderSeats = new int[n];
        uniqueAverageSeats = new int[n];
        Set<CandidateId> deceased = input.deceased();
        for (int i = 0; i < n; i++) {
            ListInput list = input.lists().get(i);
            numbers[i] = list.number();
            votes[i] = list.votes();
            livingCandidates[i] = deceased.isEmpty() ? list.candidates().size() : (int) list.candidates().stream()
                    .filter(c -> !deceased.contains(new CandidateId(list.number(), c.number())))
                    .count();
        }
    }

    int listCount() {
        return numbers.length;
    }

    int totalSeats(int list) {
        return fullSeats[list] + residualSeats[list];
    }

    int seatsGiven() {
        int given = 0;
        for (int i = 0; i < listCount(); i++) {
            given += totalSeats(i);
        }
        return given;
    }

    /** A list that cannot take another seat because every living candidate already has one (art. P 10). */
    boolean exhausted(int list) {
        return livingCandidates[list] <= totalSeats(list);
    }

    List<ListStanding> standings() {
        List<ListStanding> standings = new ArrayList<>(listCount());
        for (int i = 0; i < listCount(); i++) {
            standings.add(new ListStanding(numbers[i], votes[i], fullSeats[i], residualSeats[i]));
        }
        return standings;
    }

    List<Integer> listNumbers(List<Integer> indexes) {
        return indexes.stream().map(i -> numbers[i]).toList();
    }

    int indexOf(int listNumber) {
        for (int i = 0; i < listCount(); i++) {
            if (numbers[i] == listNumber) {
                return i;
            }
        }
        throw new IllegalArgumentException("Lijst " + listNumber + " bestaat niet");
    }
}
