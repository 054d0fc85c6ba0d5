package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.ApportionmentError.DUPLICATE_LIST;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.NO_LISTS;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.SEATS_OUT_OF_RANGE;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.UNKNOWN_DECEASED_CANDIDATE;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.VOTES_TOO_LARGE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the central electoral committee needs to allocate the seats and name the elected candidates.
 *
 * @param seats     seats to fill, 1–150
 * @param lists     the lists in list-number order as they appear on the ballot
 * @param deceased  candidates who have died (art. P 19a); they count for their list's votes but are never elected
 * @param lotsDrawn outcomes of public drawings of lots, in the order the library asked for them
 */
public record ApportionmentInput(int seats, List<ListInput> lists, Set<CandidateId> deceased,
                                 List<LotDrawn> lotsDrawn) {
    /**
     * Far above any Dutch electorate, and low enough that every exact comparison in the rules stays within
     * {@code long}.
     */
    public static final long MAX_TOTAL_VOTES = 1_000_000_000_000L;

    public ApportionmentInput {
        if (seats < 1 || seats > 150) {
            throw new ApportionmentInputException(SEATS_OUT_OF_RANGE, "zetels",
                    "Het aantal zetels moet tussen 1 en 150 liggen. U gaf: " + seats + ".");
        }
        lists = List.copyOf(Objects.requireNonNull(lists, "lists"));
        deceased = Set.copyOf(Objects.requireNonNull(deceased, "deceased"));
        lotsDrawn = List.copyOf(Objects.requireNonNull(lotsDrawn, "lotsDrawn"));
        if (lists.isEmpty()) {
            throw new ApportionmentInputException(NO_LISTS, "lijsten",
                    "Er zijn geen lijsten. Geef minstens één lijst op.");
        }
        requireDistinctLists(lists);
        requireVotesWithinLimit(lists);
        requireKnownDeceased(lists, deceased);
    }

    /** An input without deceased candidates and without lots drawn. */
    public ApportionmentInput(int seats, List<ListInput> lists) {
        this(seats, lists, Set.of(), List.of());
    }

    /** This input with one more lot drawn, for the call after a public drawing of lots. */
    public ApportionmentInput withLot(LotDrawn lot) {
        List<LotDrawn> lots = new ArrayList<>(lotsDrawn);
        lots.add(Objects.requireNonNull(lot, "lot"));
        return new ApportionmentInput(seats, lists, deceased, lots);
    }

    /** The sum of all list vote totals (art. P 5); blank and invalid votes are not part of it. */
    public long totalVotes() {
        return lists.stream().mapToLong(ListInput::votes).sum();
    }

    private static void requireDistinctLists(List<ListInput> lists) {
        Set<Integer> numbers = new HashSet<>();
        for (ListInput list : lists) {
            if (!numbers.add(list.number())) {
                throw new ApportionmentInputException(DUPLICATE_LIST, "lijst " + list.number(),
                        "Lijst " + list.number() + " komt twee keer voor. Elk lijstnummer mag één keer voorkomen.");
            }
        }
    }

    private static void requireVotesWithinLimit(List<ListInput> lists) {
        long total = 0;
        for (ListInput list : lists) {
            total += list.votes();
            if (total > MAX_TOTAL_VOTES || total < 0) {
                throw new ApportionmentInputException(VOTES_TOO_LARGE, "lijst " + list.number(),
                        "Het totaal aantal stemmen is groter dan " + MAX_TOTAL_VOTES
                                + ". Controleer de stemcijfers; zo veel kiezers zijn er niet.");
            }
        }
    }

    private static void requireKnownDeceased(List<ListInput> lists, Set<CandidateId> deceased) {
        for (CandidateId candidate : deceased) {
            boolean known = lists.stream()
                    .filter(list -> list.number() == candidate.listNumber())
                    .flatMap(list -> list.candidates().stream())
                    .anyMatch(c -> c.number() == candidate.candidateNumber());
            if (!known) {
                throw new ApportionmentInputException(UNKNOWN_DECEASED_CANDIDATE, candidate.dutchLabel(),
                        "De overleden kandidaat " + candidate.dutchLabel()
                                + " bestaat niet. Controleer het lijstnummer en het kandidaatnummer.");
            }
        }
    }
}
