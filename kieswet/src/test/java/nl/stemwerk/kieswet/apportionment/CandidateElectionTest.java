package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.Inputs.completed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Election of candidates (art. P 15, P 17, P 19a) and the ranking for later vacancies (art. P 19). */
class CandidateElectionTest {

    /**
     * 15 seats, list totals 600 500 400 (total 1500, quota 100): full seats 6 5 4, no residual seats. The
     * preference threshold is 50% of the quota (fewer than 19 seats): 50 votes, and a candidate needs more.
     */
    private static ApportionmentInput fifteenSeats() {
        return new ApportionmentInput(15, List.of(
                ListInput.of(1, 200, 40, 250, 60, 50, 0, 0),
                ListInput.of(2, 100, 100, 100, 100, 100, 0),
                ListInput.of(3, 100, 120, 120, 30, 30, 0)));
    }

    @Nested
    class PreferenceVotes {
        @Test
        void thresholdIsHalfTheQuotaBelow19SeatsAndAQuarterFrom19Seats() {
            assertThat(completed(fifteenSeats()).election().threshold())
                    .isEqualTo(new PreferenceThreshold(50, Fraction.of(50)));
            ApportionmentInput nineteen = new ApportionmentInput(19, List.of(ListInput.of(1, 1900)));
            assertThat(completed(nineteen).election().threshold())
                    .isEqualTo(new PreferenceThreshold(25, Fraction.of(25)));
        }

        /**
         * List 1 (6 seats): candidates 3 (250), 1 (200) and 4 (60) have more than 50 votes and are elected in that
         * order (art. P 15). Candidate 5 has exactly 50: not more than the threshold. The other 3 seats go in list
         * order to candidates 2, 5 and 6 (art. P 17).
         */
        @Test
        void candidatesAboveTheThresholdAreElectedFirstInOrderOfVotesThenTheListOrder() {
            ListCandidates list = completed(fifteenSeats()).election().ofList(1);

            assertThat(list.electedByPreference()).containsExactly(3, 1, 4);
            assertThat(list.electedByListOrder()).containsExactly(2, 5, 6);
        }

        /** List 3 (4 seats): candidates 2 and 3 tie at 120 and both get a seat, in list order; then candidate 1. */
        @Test
        void tiedCandidatesWhoAllGetASeatAreTakenInListOrder() {
            ListCandidates list = completed(fifteenSeats()).election().ofList(3);

            assertThat(list.electedByPreference()).containsExactly(2, 3, 1);
            assertThat(list.electedByListOrder()).containsExactly(4);
            assertThat(list.lotDrawn()).isFalse();
        }

        /**
         * 15 seats, lists 600 and 500 … list 2 has 6 candidates, 90 and five times 82 (total 500, 5 seats). All 6
         * are above 50: candidate 1 first, then five candidates at 82 for 4 seats. The lot decides seat by seat.
         */
        @Test
        void candidatesWithEqualVotesCompetingForFewerSeatsNeedADrawingOfLots() {
            ApportionmentInput input = new ApportionmentInput(15, List.of(
                    ListInput.of(1, 200, 40, 250, 60, 50, 0, 0),
                    ListInput.of(2, 90, 82, 82, 82, 82, 82),
                    ListInput.of(3, 100, 120, 120, 30, 30, 0)));

            var required = (ApportionmentOutcome.DrawingOfLotsRequired) Apportionment.apportion(input);
            assertThat(required.drawing())
                    .isEqualTo(new DrawingOfLots.CandidateTie(2, 82, 4, List.of(2, 3, 4, 5, 6)));

            Lottery.Drawn drawn = Lottery.drawAll(input, List.of(4, 6, 2, 5));
            ListCandidates list = drawn.result().election().ofList(2);
            assertThat(drawn.draws()).extracting(d -> d.options().size()).containsExactly(5, 4, 3, 2);
            assertThat(list.electedByPreference()).containsExactly(1, 4, 6, 2, 5);
            assertThat(list.lotDrawn()).isTrue();
            assertThat(list.ranking()).containsExactly(1, 4, 6, 2, 5, 3);
        }
    }

    @Nested
    class Ranking {
        /**
         * List 1 is ranked: first the candidates elected by preference in the order of their seats (3, 1, 4), then
         * others above the threshold (none), then everyone else in list order (2, 5, 6, 7).
         */
        @Test
        void electedByPreferenceComeFirstThenAboveThresholdByVotesThenListOrder() {
            ListCandidates list = completed(fifteenSeats()).election().ofList(1);

            assertThat(list.reranked()).isTrue();
            assertThat(list.ranking()).containsExactly(3, 1, 4, 2, 5, 6, 7);
        }

        /**
         * 15 seats, lists 1385 and 115 (total 1500, quota 100, threshold 50): seats 14 and 1. List 2 has candidates
         * with 0, 55 and 60 votes. Candidate 3 takes the seat (art. P 15); candidate 2 is above the threshold
         * without a seat and ranks right after, before candidate 1.
         */
        @Test
        void candidatesAboveTheThresholdWithoutASeatComeRightAfterTheElected() {
            ApportionmentInput input = new ApportionmentInput(15, List.of(
                    Inputs.padded(1, 15, 1385),
                    ListInput.of(2, 0, 55, 60)));

            ListCandidates list = completed(input).election().ofList(2);

            assertThat(list.seats()).isEqualTo(1);
            assertThat(list.electedByPreference()).containsExactly(3);
            assertThat(list.ranking()).containsExactly(3, 2, 1);
        }

        /**
         * 13 seats, lists 830 400 70 (total 1300, quota 100, threshold 50). List 3 gets no seat (70 is below 75%
         * of the quota). Its candidate 2 has 60 votes, above the threshold, but no candidate of list 3 is elected,
         * so its ranking is left out and the list order stands (art. P 19 fifth paragraph).
         */
        @Test
        void aListWithoutElectedCandidatesKeepsItsListOrder() {
            ApportionmentInput input = new ApportionmentInput(13, List.of(
                    Inputs.padded(1, 15, 830), Inputs.padded(2, 15, 400), ListInput.of(3, 10, 60)));

            ListCandidates list = completed(input).election().ofList(3);

            assertThat(list.seats()).isZero();
            assertThat(list.reranked()).isFalse();
            assertThat(list.ranking()).containsExactly(1, 2);
        }

        /**
         * The same votes for a council of 9 seats (total 900: 530 300 70, quota 100, threshold 50): list 3 still
         * gets no seat, but in a council of nine or eleven members every list is ranked (art. P 19 fifth
         * paragraph), so candidate 2 (60 votes) moves up.
         */
        @Test
        void inACouncilOfNineOrElevenSeatsAListWithoutSeatsIsRankedToo() {
            ApportionmentInput input = new ApportionmentInput(9, List.of(
                    Inputs.padded(1, 9, 530), Inputs.padded(2, 9, 300), ListInput.of(3, 10, 60)));

            ListCandidates list = completed(input).election().ofList(3);

            assertThat(list.seats()).isZero();
            assertThat(list.reranked()).isTrue();
            assertThat(list.ranking()).containsExactly(2, 1);
        }

        /** A deceased candidate is neither elected nor ranked (art. P 19a), even with the most votes. */
        @Test
        void aDeceasedCandidateIsNeitherElectedNorRanked() {
            ApportionmentInput input = new ApportionmentInput(15, List.of(
                    ListInput.of(1, 200, 40, 250, 60, 50, 0, 0),
                    ListInput.of(2, 100, 100, 100, 100, 100, 0),
                    ListInput.of(3, 100, 120, 120, 30, 30, 0)), Set.of(new CandidateId(1, 3)), List.of());

            ListCandidates list = completed(input).election().ofList(1);

            assertThat(list.electedByPreference()).containsExactly(1, 4);
            assertThat(list.electedByListOrder()).containsExactly(2, 5, 6, 7);
            assertThat(list.ranking()).containsExactly(1, 4, 2, 5, 6, 7);
        }
    }
}
