package nl.stemwerk.kieswet.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 36 apportionment vectors from the Kiesraad's Abacus tests ({@code cases/abacus_apportionment_cases.csv},
 * EUPL-1.2). Rows 8, 13 and 29 are real municipal elections. Lots are drawn as the row says, one draw per call,
 * the way the app will do it.
 */
class AbacusCasesTest {

    static List<ApportionmentCase> cases() {
        return ApportionmentCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void seatsPerListMatchTheKiesraadsExpectedOutcome(ApportionmentCase c) {
        Lottery.Drawn drawn = Lottery.drawAll(c.input(), c.lots());

        assertThat(drawn.seats()).as(c.note()).isEqualTo(c.expectedSeats());
        assertThat(drawn.draws()).hasSize(c.lots().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void seatsGivenPlusSeatsLeftEmptyAddUpToTheSeats(ApportionmentCase c) {
        SeatAllocation allocation = Lottery.drawAll(c.input(), c.lots()).result().seatAllocation();

        int given = allocation.seatsPerList().stream().mapToInt(Integer::intValue).sum();
        assertThat(given + allocation.unassignedSeats()).isEqualTo(c.seats());
    }

    /**
     * All votes are on candidate 1, who is also first on the list, so each list's seats go to its first living
     * candidates: candidate 1 by preference votes (art. P 15) when above the threshold, the rest in list order
     * (art. P 17).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachListsSeatsGoToItsFirstLivingCandidates(ApportionmentCase c) {
        CandidateElection election = Lottery.drawAll(c.input(), c.lots()).result().election();

        for (int i = 0; i < c.votes().size(); i++) {
            int listNumber = i + 1;
            List<Integer> living = IntStream.rangeClosed(1, c.candidates().get(i))
                    .filter(n -> !c.deceased().contains(new CandidateId(listNumber, n)))
                    .boxed().toList();
            ListCandidates list = election.ofList(listNumber);
            assertThat(list.elected()).as("lijst %d", listNumber)
                    .isEqualTo(living.subList(0, c.expectedSeats().get(i)));
        }
    }
}
