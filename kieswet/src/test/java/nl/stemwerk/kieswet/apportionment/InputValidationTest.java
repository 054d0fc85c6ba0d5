package nl.stemwerk.kieswet.apportionment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every refusal carries its code, the field and a Dutch message that names the value. */
class InputValidationTest {

    private static void assertRefused(ThrowingCallable call, ApportionmentError error, String field,
                                      String messagePart) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(ApportionmentInputException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.code()).isEqualTo(error.name());
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }

    @Test
    void seatsBelowOneAreRefused() {
        assertRefused(() -> new ApportionmentInput(0, List.of(ListInput.of(1, 10))),
                ApportionmentError.SEATS_OUT_OF_RANGE, "zetels", "tussen 1 en 150 liggen. U gaf: 0.");
    }

    @Test
    void seatsAbove150AreRefused() {
        assertRefused(() -> new ApportionmentInput(151, List.of(ListInput.of(1, 10))),
                ApportionmentError.SEATS_OUT_OF_RANGE, "zetels", "U gaf: 151.");
    }

    @Test
    void anInputWithoutListsIsRefused() {
        assertRefused(() -> new ApportionmentInput(9, List.of()), ApportionmentError.NO_LISTS, "lijsten",
                "geen lijsten");
    }

    @Test
    void aListNumberBelowOneIsRefused() {
        assertRefused(() -> ListInput.of(0, 10), ApportionmentError.LIST_NUMBER_INVALID, "lijst 0", "U gaf: 0.");
    }

    @Test
    void aListNumberUsedTwiceIsRefused() {
        assertRefused(() -> new ApportionmentInput(9, List.of(ListInput.of(2, 10), ListInput.of(2, 5))),
                ApportionmentError.DUPLICATE_LIST, "lijst 2", "Lijst 2 komt twee keer voor");
    }

    @Test
    void aListWithoutCandidatesIsRefused() {
        assertRefused(() -> new ListInput(3, 0, List.of()), ApportionmentError.LIST_WITHOUT_CANDIDATES, "lijst 3",
                "Lijst 3 heeft geen kandidaten");
    }

    @Test
    void negativeListVotesAreRefused() {
        assertRefused(() -> new ListInput(4, -1, List.of(new CandidateInput(1, 0))),
                ApportionmentError.NEGATIVE_VOTES, "lijst 4", "U gaf: -1.");
    }

    @Test
    void negativeCandidateVotesAreRefused() {
        assertRefused(() -> ListInput.of(4, 10, -3), ApportionmentError.NEGATIVE_VOTES, "lijst 4, kandidaat 2",
                "U gaf: -3.");
    }

    @Test
    void aCandidateNumberBelowOneIsRefused() {
        assertRefused(() -> new ListInput(1, 5, List.of(new CandidateInput(0, 5))),
                ApportionmentError.CANDIDATE_NUMBER_INVALID, "lijst 1, kandidaat 0", "U gaf: 0.");
    }

    @Test
    void aCandidateNumberUsedTwiceOnAListIsRefused() {
        assertRefused(() -> new ListInput(1, 5, List.of(new CandidateInput(1, 2), new CandidateInput(1, 3))),
                ApportionmentError.DUPLICATE_CANDIDATE, "lijst 1, kandidaat 1", "Kandidaat 1 staat twee keer");
    }

    @Test
    void listVotesThatDifferFromTheCandidateVotesAreRefused() {
        assertRefused(() -> new ListInput(1, 12, List.of(new CandidateInput(1, 5), new CandidateInput(2, 6))),
                ApportionmentError.LIST_VOTES_MISMATCH, "lijst 1", "stemcijfer van lijst 1 is 12");
    }

    @Test
    void moreVotesThanTheLimitAreRefused() {
        long half = ApportionmentInput.MAX_TOTAL_VOTES / 2 + 1;
        assertRefused(() -> new ApportionmentInput(9, List.of(ListInput.of(1, half), ListInput.of(2, half))),
                ApportionmentError.VOTES_TOO_LARGE, "lijst 2", "groter dan");
    }

    @Test
    void aDeceasedCandidateWhoIsNotOnAListIsRefused() {
        assertRefused(() -> new ApportionmentInput(9, List.of(ListInput.of(1, 5, 5)),
                        Set.of(new CandidateId(1, 3)), List.of()),
                ApportionmentError.UNKNOWN_DECEASED_CANDIDATE, "lijst 1, kandidaat 3", "bestaat niet");
    }

    @Test
    void aLotForAnotherTieIsRefused() {
        ApportionmentInput tie = Inputs.withVotes(15, 500, 140, 140, 140, 140, 140);
        DrawingOfLots otherTie = new DrawingOfLots.ResidualSeatTie(ResidualSeatMethod.LARGEST_REMAINDER, 1, 4,
                Fraction.of(60), List.of(2, 3, 4, 5));

        assertRefused(() -> Apportionment.apportion(tie.withLot(otherTie.decide(2))),
                ApportionmentError.LOT_DOES_NOT_MATCH, "loting 1", "hoort niet bij deze gelijke stand");
    }

    @Test
    void aLotChoosingAListOutsideTheTieIsRefused() {
        DrawingOfLots tie = new DrawingOfLots.ResidualSeatTie(ResidualSeatMethod.HIGHEST_AVERAGE, 6, 1,
                Fraction.of(617), List.of(3, 9));

        assertRefused(() -> tie.decide(4), ApportionmentError.LOT_CHOICE_NOT_AN_OPTION, "loting",
                "Het lot koos 4, maar alleen 3 en 9 deden mee");
    }

    @Test
    void aLotForATieThatDoesNotOccurIsRefused() {
        DrawingOfLots tie = new DrawingOfLots.ResidualSeatTie(ResidualSeatMethod.HIGHEST_AVERAGE, 6, 1,
                Fraction.of(617), List.of(3, 9));
        ApportionmentInput noTie = Inputs.withVotes(15, 540, 160, 160, 80, 80, 80, 60, 40).withLot(tie.decide(9));

        assertRefused(() -> Apportionment.apportion(noTie), ApportionmentError.LOT_NOT_USED, "loting 1",
                "niet gebruikt");
    }
}
