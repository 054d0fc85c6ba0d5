package nl.stemwerk.app.apportionment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import nl.stemwerk.kieswet.apportionment.ApportionmentInput;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.CandidateInput;
import nl.stemwerk.kieswet.apportionment.ListInput;

/**
 * A seat allocation to compute, with the names people know: seats, lists with their candidates and votes, deceased
 * candidates (art. P 19a) and the outcomes of lots already drawn, in the order they were drawn.
 *
 * @param seats               seats to fill
 * @param lists               the lists in list-number order
 * @param deceased            deceased candidates
 * @param lotOutcomes         the list (or candidate) number each public drawing of lots chose, in drawing order
 * @param candidateVotesKnown whether the votes per candidate were given; without them only the seats per list mean
 *                            something, not the elected candidates
 */
public record SeatsInput(int seats, List<NamedList> lists, Set<CandidateId> deceased, List<Integer> lotOutcomes,
                         boolean candidateVotesKnown) {
    public SeatsInput {
        lists = List.copyOf(lists);
        deceased = Set.copyOf(deceased);
        lotOutcomes = List.copyOf(lotOutcomes);
    }

    /** The library's input, without lots: those are added one by one by {@link SeatAllocationRun}. */
    public ApportionmentInput toApportionmentInput() {
        return new ApportionmentInput(seats, lists.stream().map(NamedList::toListInput).toList(), deceased, List.of());
    }

    /** List number to list name, for the Dutch explanation. */
    public Map<Integer, String> listNames() {
        return lists.stream().collect(Collectors.toUnmodifiableMap(NamedList::number, NamedList::name));
    }

    /** The name of a candidate, or "kandidaat n" when the input has no names. */
    public String candidateName(CandidateId id) {
        return lists.stream().filter(l -> l.number() == id.listNumber()).flatMap(l -> l.candidates().stream())
                .filter(c -> c.number() == id.candidateNumber()).map(NamedCandidate::name)
                .filter(name -> !name.isBlank()).findFirst().orElse("kandidaat " + id.candidateNumber());
    }

    /** The votes of a candidate. */
    public long candidateVotes(CandidateId id) {
        return lists.stream().filter(l -> l.number() == id.listNumber()).flatMap(l -> l.candidates().stream())
                .filter(c -> c.number() == id.candidateNumber()).mapToLong(NamedCandidate::votes).findFirst()
                .orElse(0);
    }

    /**
     * A list with its name and candidates.
     *
     * @param number     list number
     * @param name       the list's appellation; may be empty
     * @param votes      the list's vote total when given apart from its candidates; the library checks that it
     *                   equals their sum
     * @param candidates the candidates in list order
     */
    public record NamedList(int number, String name, OptionalLong votes, List<NamedCandidate> candidates) {
        public NamedList {
            name = name == null ? "" : name;
            Objects.requireNonNull(votes, "votes");
            candidates = List.copyOf(candidates);
        }

        ListInput toListInput() {
            List<CandidateInput> inputs = candidates.stream().map(c -> new CandidateInput(c.number(), c.votes()))
                    .toList();
            long sum = 0;
            for (CandidateInput candidate : inputs) {
                // negative votes are refused by the library with the candidate named; keep them out of the sum
                sum = Math.addExact(sum, Math.max(0, candidate.votes()));
            }
            return new ListInput(number, votes.orElse(sum), inputs);
        }
    }

    /**
     * A candidate with their votes.
     *
     * @param number position on the list
     * @param name   the name as printed ("Reuvers, R.A.N."); may be empty
     * @param votes  votes on this candidate
     */
    public record NamedCandidate(int number, String name, long votes) {
        public NamedCandidate {
            name = name == null ? "" : name;
        }
    }
}
