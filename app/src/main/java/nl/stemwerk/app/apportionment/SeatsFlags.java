package nl.stemwerk.app.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The seat allocation given by flags only: seats, the vote total of each list and, optionally, each list's number of
 * candidates. Without candidate votes the seats per list are exact, but no candidates can be named: all of a list's
 * votes are put on its first candidate, and a list without {@code --candidates} gets as many candidates as there are
 * seats, so it can never run out (art. P 10).
 */
final class SeatsFlags {
    private SeatsFlags() {
    }

    static SeatsInput toInput(int seats, List<Long> votes, List<Integer> candidates, List<Integer> lots) {
        if (votes == null || votes.isEmpty()) {
            throw new SeatsInputException("MISSING_FIELD", "--votes",
                    "Geef de stemmen per lijst met --votes (bijvoorbeeld --votes 1893,1345,1372) of geef een JSON-bestand.");
        }
        if (candidates != null && !candidates.isEmpty() && candidates.size() != votes.size()) {
            throw new SeatsInputException("COUNT_MISMATCH", "--candidates", "U gaf stemmen voor " + votes.size()
                    + " lijsten (--votes), maar kandidaten voor " + candidates.size() + " lijsten (--candidates).");
        }
        List<SeatsInput.NamedList> lists = new ArrayList<>();
        for (int i = 0; i < votes.size(); i++) {
            int number = i + 1;
            long listVotes = votes.get(i);
            if (listVotes < 0) {
                throw new SeatsInputException("NEGATIVE_VOTES", "--votes", "De stemmen van lijst " + number
                        + " (--votes) kunnen niet negatief zijn. U gaf: " + listVotes + ".");
            }
            int size = candidates == null || candidates.isEmpty() ? Math.max(seats, 1) : candidates.get(i);
            if (size < 1) {
                throw new SeatsInputException("LIST_WITHOUT_CANDIDATES", "--candidates", "Lijst " + number
                        + " heeft geen kandidaten (--candidates). Een lijst heeft minstens één kandidaat.");
            }
            List<SeatsInput.NamedCandidate> named = new ArrayList<>();
            for (int c = 1; c <= size; c++) {
                named.add(new SeatsInput.NamedCandidate(c, "", c == 1 ? listVotes : 0));
            }
            lists.add(new SeatsInput.NamedList(number, "", OptionalLong.empty(), named));
        }
        return new SeatsInput(seats, lists, Set.of(), lots == null ? List.of() : lots, false);
    }
}
