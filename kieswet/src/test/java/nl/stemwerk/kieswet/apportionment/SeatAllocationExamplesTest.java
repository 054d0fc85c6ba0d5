package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.Inputs.completed;
import static nl.stemwerk.kieswet.apportionment.Inputs.steps;
import static nl.stemwerk.kieswet.apportionment.Inputs.withCandidates;
import static nl.stemwerk.kieswet.apportionment.Inputs.withVotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Worked examples, computed by hand in each Javadoc, checked step by step with exact fractions. */
class SeatAllocationExamplesTest {

    @Nested
    class FewerThan19Seats {
        /**
         * Abacus case 2. 15 seats, votes 540 160 160 80 80 80 60 40, total 1200, quota 80.
         * Full seats 6 2 2 1 1 1 0 0 = 13, so 2 residual seats. 75% of the quota is 60: list 7 (60) just
         * qualifies, list 8 (40) does not. Remainders: list 1 60, lists 2–6 0, list 7 60. Lists 1 and 7 tie for
         * 2 seats: both get one, in list order, without a lot (art. P 8 first paragraph).
         */
        @Test
        void largestRemaindersGoToListsAtOrAboveThreeQuartersOfTheQuota() {
            SeatAllocation allocation = completed(withVotes(15, 540, 160, 160, 80, 80, 80, 60, 40)).seatAllocation();

            assertThat(allocation.quota()).isEqualTo(Fraction.of(80));
            assertThat(allocation.seatsPerList()).containsExactly(7, 2, 2, 1, 1, 1, 1, 0);
            List<AllocationStep.ResidualSeat> residual = steps(allocation, AllocationStep.ResidualSeat.class);
            assertThat(residual).extracting(AllocationStep.ResidualSeat::listNumber).containsExactly(1, 7);
            assertThat(residual).allSatisfy(step -> {
                assertThat(step.method()).isEqualTo(ResidualSeatMethod.LARGEST_REMAINDER);
                assertThat(step.article()).isEqualTo("P 8");
                assertThat(step.value()).isEqualTo(Fraction.of(60));
                assertThat(step.byLot()).isFalse();
            });
            assertThat(residual.get(0).values()).extracting(ListValue::listNumber)
                    .as("list 8 is below 75% of the quota").containsExactly(1, 2, 3, 4, 5, 6, 7);
        }

        /**
         * Abacus case 3. 15 seats, votes 808 59 58 57 56 55 54 53, total 1200, quota 80, 75% of it is 60. Full
         * seats 10 0 0 0 0 0 0 0, so 5 residual seats. Only list 1 reaches 60; it gets the first by largest
         * remainder (808 − 800 = 8). The other four go by highest averages, at most one per list (art. P 8 third
         * paragraph); a remainder seat does not count against that. Averages: list 1 808/12 = 67 1/3, list 2 59,
         * list 3 58, list 4 57: lists 1, 2, 3 and 4.
         */
        @Test
        void afterTheRemaindersEachListMayGetOneSeatByHighestAverages() {
            SeatAllocation allocation = completed(withVotes(15, 808, 59, 58, 57, 56, 55, 54, 53)).seatAllocation();

            assertThat(allocation.seatsPerList()).containsExactly(12, 1, 1, 1, 0, 0, 0, 0);
            List<AllocationStep.ResidualSeat> residual = steps(allocation, AllocationStep.ResidualSeat.class);
            assertThat(residual).extracting(AllocationStep.ResidualSeat::method).containsExactly(
                    ResidualSeatMethod.LARGEST_REMAINDER, ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE,
                    ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE, ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE,
                    ResidualSeatMethod.UNIQUE_HIGHEST_AVERAGE);
            assertThat(residual.get(0).value()).isEqualTo(Fraction.of(8));
            assertThat(residual.get(1).value()).isEqualTo(Fraction.of(808, 12));
            assertThat(residual).extracting(AllocationStep.ResidualSeat::listNumber).containsExactly(1, 1, 2, 3, 4);
        }

        /**
         * Abacus case 8 (15 seats, total 5104, quota 340 4/15): the remainder of list 1 is
         * 2571 − 7 × 340 4/15 = 2837/15, exactly, not a rounded decimal.
         */
        @Test
        void remaindersAreExactFractionsOfVotesMinusFullSeatsTimesQuota() {
            SeatAllocation allocation = completed(withVotes(15, 2571, 977, 567, 536, 453)).seatAllocation();

            AllocationStep.ResidualSeat first = steps(allocation, AllocationStep.ResidualSeat.class).get(0);
            assertThat(first.values()).containsExactly(
                    new ListValue(1, Fraction.of(2837, 15)), new ListValue(2, Fraction.of(4447, 15)),
                    new ListValue(3, Fraction.of(3401, 15)), new ListValue(4, Fraction.of(2936, 15)),
                    new ListValue(5, Fraction.of(1691, 15)));
            assertThat(first.value().toString()).isEqualTo("296 7/15");
        }
    }

    @Nested
    class NineteenOrMoreSeats {
        /**
         * Abacus case 24. 23 seats, votes 600 302 98 99 101, total 1200, quota 52 4/23. Full seats 11 5 1 1 1 =
         * 19, 4 residual seats by highest averages (art. P 7). Averages votes/(seats+1): 50, 50 1/3, 49, 49 1/2,
         * 50 1/2. Seat 1: list 5 (50 1/2), then 33 2/3. Seat 2: list 2 (50 1/3), then 43 1/7. Seat 3: list 1
         * (50), then 46 2/13. Seat 4: list 4 (49 1/2).
         */
        @Test
        void residualSeatsGoOneByOneToTheHighestAverage() {
            SeatAllocation allocation = completed(withVotes(23, 600, 302, 98, 99, 101)).seatAllocation();

            assertThat(allocation.quota()).isEqualTo(Fraction.of(1200, 23));
            List<AllocationStep.ResidualSeat> residual = steps(allocation, AllocationStep.ResidualSeat.class);
            assertThat(residual).extracting(AllocationStep.ResidualSeat::listNumber).containsExactly(5, 2, 1, 4);
            assertThat(residual).extracting(AllocationStep.ResidualSeat::value).containsExactly(
                    Fraction.of(101, 2), Fraction.of(302, 6), Fraction.of(50), Fraction.of(99, 2));
            assertThat(residual).extracting(AllocationStep.ResidualSeat::article).containsOnly("P 7");
            assertThat(residual.get(1).standings()).extracting(ListStanding::totalSeats)
                    .containsExactly(11, 6, 1, 1, 2);
            assertThat(allocation.seatsPerList()).containsExactly(12, 6, 1, 2, 2);
        }

        /**
         * Abacus case 29, a real GR2026 council of 33 seats. Total 23,050 votes. Full seats 11 7 2 3 1 2 1 0 0 =
         * 27, 6 residual seats. They go to lists 1 (689), 7 (668 1/2), 4 (646 1/2), 1 (636), 6 (617 1/3); then
         * lists 3 (1851/3) and 9 (617/1) both average 617 for the last seat: a drawing of lots (art. P 7).
         */
        @Test
        void equalAveragesForTheLastSeatNeedADrawingOfLots() {
            ApportionmentInput input = withCandidates(33,
                    new long[] {8268, 4892, 1851, 2586, 1074, 1852, 1337, 573, 617},
                    new int[] {26, 45, 27, 30, 17, 27, 14, 20, 18});

            ApportionmentOutcome outcome = Apportionment.apportion(input);

            assertThat(outcome).isInstanceOf(ApportionmentOutcome.DrawingOfLotsRequired.class);
            var required = (ApportionmentOutcome.DrawingOfLotsRequired) outcome;
            assertThat(required.drawing()).isEqualTo(new DrawingOfLots.ResidualSeatTie(
                    ResidualSeatMethod.HIGHEST_AVERAGE, 6, 1, Fraction.of(617), List.of(3, 9)));
            assertThat(required.stepsSoFar()).hasSize(6);
            assertThat(required.standings()).extracting(ListStanding::totalSeats)
                    .containsExactly(13, 7, 2, 4, 1, 3, 2, 0, 0);
        }
    }

    @Nested
    class AbsoluteMajority {
        /**
         * Abacus case 8, a real GR2022 council of 15 seats. Total 5104, quota 340 4/15. Full seats 7 2 1 1 1,
         * residual seats by largest remainder to lists 2 (296 7/15), 3 (226 11/15) and 4 (195 11/15): 7 3 2 2 1.
         * List 1 has 2571 votes, more than half of 5104, but 7 of 15 seats is not more than half: list 4 gives up
         * the last residual seat to list 1 (art. P 9).
         */
        @Test
        void aListWithMoreThanHalfOfTheVotesTakesTheLastResidualSeat() {
            SeatAllocation allocation = completed(withVotes(15, 2571, 977, 567, 536, 453)).seatAllocation();

            assertThat(allocation.seatsPerList()).containsExactly(8, 3, 2, 1, 1);
            assertThat(steps(allocation, AllocationStep.AbsoluteMajority.class)).containsExactly(
                    new AllocationStep.AbsoluteMajority(4, 1, false, allocation.standings()));
        }

        /** Abacus case 9: 2552 of 5104 votes is exactly half, which is not an absolute majority. */
        @Test
        void exactlyHalfOfTheVotesDoesNotTriggerP9() {
            SeatAllocation allocation = completed(withVotes(15, 2552, 987, 570, 539, 456)).seatAllocation();

            assertThat(steps(allocation, AllocationStep.AbsoluteMajority.class)).isEmpty();
            assertThat(allocation.seatsPerList()).containsExactly(7, 3, 2, 2, 1);
        }

        /**
         * 9 seats, votes 460 170 170 100, total 900, quota 100. Full seats 4 1 1 1 = 7; 75% is 75, so all lists
         * qualify; remainders 60, 70, 70, 0. Lists 2 and 3 tie at 70 for the 2 residual seats and both get one.
         * List 1 has 460 of 900 votes (more than half) but 4 of 9 seats: it takes the last residual seat, and as
         * lists 2 and 3 won theirs with the same remainder, the lot picks which one gives it up (art. P 9).
         */
        @Test
        void whenSeveralListsWonTheLastSeatWithTheSameValueTheLotPicksWhoGivesItUp() {
            ApportionmentInput input = withVotes(9, 460, 170, 170, 100);

            var required = (ApportionmentOutcome.DrawingOfLotsRequired) Apportionment.apportion(input);
            assertThat(required.drawing()).isEqualTo(
                    new DrawingOfLots.AbsoluteMajorityTie(1, Fraction.of(70), List.of(2, 3)));

            SeatAllocation allocation = completed(input.withLot(required.drawing().decide(3))).seatAllocation();
            assertThat(allocation.seatsPerList()).containsExactly(5, 2, 1, 1);
            assertThat(steps(allocation, AllocationStep.AbsoluteMajority.class)).singleElement()
                    .satisfies(step -> assertThat(step.byLot()).isTrue());
        }
    }

    @Nested
    class ListExhaustion {
        /**
         * Abacus case 12. 15 seats, votes 2000 1600 1200 800 400 (quota 400): full seats 5 4 3 2 1 = 15. List 1
         * has only 4 candidates: it gives up a full seat (art. P 10). Lists 1–4 have no candidates left; list 5
         * (400 ≥ 300) takes the seat by largest remainder (0).
         */
        @Test
        void aListWithMoreSeatsThanCandidatesGivesTheSurplusToAnotherList() {
            SeatAllocation allocation = completed(withCandidates(15, new long[] {2000, 1600, 1200, 800, 400},
                    new int[] {4, 4, 3, 2, 2})).seatAllocation();

            assertThat(allocation.seatsPerList()).containsExactly(4, 4, 3, 2, 2);
            assertThat(steps(allocation, AllocationStep.ExhaustedListSeatRemoved.class)).singleElement()
                    .satisfies(step -> {
                        assertThat(step.listNumber()).isEqualTo(1);
                        assertThat(step.fullSeat()).isTrue();
                    });
            AllocationStep.ResidualSeat reallocated = steps(allocation, AllocationStep.ResidualSeat.class).get(0);
            assertThat(reallocated.article()).isEqualTo("P 10");
            assertThat(reallocated.listNumber()).isEqualTo(5);
        }

        /**
         * Abacus case 22 (art. P 19a). 15 seats, votes 610 520 370 (quota 100): full seats 6 5 3, the residual
         * seat to list 3 (remainder 70). Candidate 6 of list 1 has died, so list 1 has 5 living candidates for 6
         * seats: it gives one up, and list 2 (remainder 20, no remainder seat yet) gets it.
         */
        @Test
        void aDeceasedCandidateDoesNotCountAsACandidate() {
            ApportionmentInput input = new ApportionmentInput(15,
                    Inputs.lists(new long[] {610, 520, 370}, new int[] {6, 7, 5}),
                    Set.of(new CandidateId(1, 6)), List.of());

            ApportionmentOutcome.Completed completed = completed(input);

            assertThat(completed.seatAllocation().seatsPerList()).containsExactly(5, 6, 4);
            assertThat(completed.election().ofList(1).elected()).containsExactly(1, 2, 3, 4, 5);
            assertThat(completed.election().ofList(1).ranking()).doesNotContain(6);
        }

        /** Abacus case 35: lists without votes never get a seat, so 5 of 10 seats stay empty. */
        @Test
        void seatsThatNoListCanTakeStayEmpty() {
            SeatAllocation allocation = completed(withCandidates(10, new long[] {500, 0, 0, 0, 0},
                    new int[] {5, 1, 1, 1, 1})).seatAllocation();

            assertThat(allocation.seatsPerList()).containsExactly(5, 0, 0, 0, 0);
            assertThat(allocation.unassignedSeats()).isEqualTo(5);
            assertThat(steps(allocation, AllocationStep.SeatsUnassigned.class)).singleElement()
                    .satisfies(step -> assertThat(step.article()).isEqualTo("P 10"));
        }
    }

    @Nested
    class NoVotes {
        /** Abacus case 7: without votes there is no quota and every seat stays empty (art. P 5). */
        @Test
        void withoutAnyVotesAllSeatsStayEmpty() {
            ApportionmentOutcome.Completed completed = completed(withVotes(10, 0, 0, 0));

            assertThat(completed.seatAllocation().unassignedSeats()).isEqualTo(10);
            assertThat(completed.seatAllocation().quota()).isEqualTo(Fraction.ZERO);
            assertThat(completed.election().electedCandidates()).isEmpty();
        }
    }
}
