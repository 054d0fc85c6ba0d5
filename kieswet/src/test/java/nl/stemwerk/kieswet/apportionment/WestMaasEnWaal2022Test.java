package nl.stemwerk.kieswet.apportionment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.kieswet.testdata.Osv43Csv;
import nl.stemwerk.kieswet.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real municipal election of West Maas en Waal, 16 March 2022 (GR2022, municipality 0668), from the
 * Kiesraad's osv4-3 CSV in {@code shared/data/elections/nl_gr2022_west_maas_en_waal/} (EUPL-1.2).
 *
 * <p>The council has 17 seats (stated on the municipality's own website, en.westmaasenwaal.nl, "About the city
 * council"; the 110a file with {@code kr:NumberOfSeats} is not in the data). Checked by hand:
 * <ul>
 *   <li>Art. P 5: 9,350 votes on lists; quota 9350 / 17 = 550 exactly.</li>
 *   <li>Art. P 6: 1893 → 3 (remainder 243), 1345 → 2 (245), 1372 → 2 (272), 1157 → 2 (57), 941 → 1 (391),
 *       972 → 1 (422), 999 → 1 (449), 671 → 1 (121): 13 full seats, 4 residual seats.</li>
 *   <li>Art. P 8: 75% of 550 is 412.5; every list has more. Largest remainders: list 7 (449), list 6 (422),
 *       list 5 (391), list 3 (272). Seats: 3 2 3 2 2 2 2 1.</li>
 *   <li>Art. P 9: no list has more than 4,675 votes. Art. P 10: every list has more candidates than seats.</li>
 *   <li>Art. P 15: the threshold is 50% of 550 = 275 votes. Above it: each list's first candidate (581, 619,
 *       373, 314, 301, 333, 404); on list 8 the most is 145 (candidate 1), below it. Every list has at least one
 *       seat, so they are all elected; the other seats go in list order (art. P 17).</li>
 * </ul>
 * The official list of elected councillors (the CSB's model P 22-2) could not be found in the sources available,
 * so the names below are checked against this hand calculation only.
 */
class WestMaasEnWaal2022Test {
    private static List<Osv43Csv.CsvList> lists;
    private static ApportionmentOutcome.Completed result;

    @BeforeAll
    static void allocate() {
        lists = Osv43Csv.read(SharedData.file(Osv43Csv.WEST_MAAS_EN_WAAL_2022)).lists();
        result = Inputs.completed(new ApportionmentInput(17, lists.stream().map(Osv43Csv.CsvList::toInput).toList()));
    }

    @Test
    void theCsvHoldsEightListsWhoseCandidateVotesAddUpToTheListTotals() {
        assertThat(lists).extracting(Osv43Csv.CsvList::total)
                .containsExactly(1893L, 1345L, 1372L, 1157L, 941L, 972L, 999L, 671L);
        assertThat(lists).allSatisfy(list -> assertThat(list.candidateVotes().stream().mapToLong(Long::longValue)
                .sum()).isEqualTo(list.total()));
    }

    @Test
    void seventeenSeatsAreAllocatedThreeTwoThreeTwoTwoTwoTwoOne() {
        SeatAllocation allocation = result.seatAllocation();

        assertThat(allocation.quota()).isEqualTo(Fraction.of(550));
        assertThat(allocation.seatsPerList()).containsExactly(3, 2, 3, 2, 2, 2, 2, 1);
        assertThat(Inputs.steps(allocation, AllocationStep.ResidualSeat.class))
                .extracting(AllocationStep.ResidualSeat::listNumber, AllocationStep.ResidualSeat::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7, Fraction.of(449)),
                        org.assertj.core.groups.Tuple.tuple(6, Fraction.of(422)),
                        org.assertj.core.groups.Tuple.tuple(5, Fraction.of(391)),
                        org.assertj.core.groups.Tuple.tuple(3, Fraction.of(272)));
    }

    @Test
    void theElectedCouncillorsFollowFromTheCandidateVotes() {
        Map<Integer, List<String>> elected = result.election().lists().stream().collect(Collectors.toMap(
                ListCandidates::listNumber,
                l -> l.elected().stream().map(n -> lists.get(l.listNumber() - 1).candidateNames().get(n - 1))
                        .toList()));

        assertThat(result.election().threshold().votes()).isEqualTo(Fraction.of(275));
        assertThat(elected).containsEntry(1, List.of("Reuvers, R.A.N.", "Orlemans, R.O.G.M.",
                        "van Dreumel, C.G.H.M."))
                .containsEntry(2, List.of("Jagtenberg- Poulussen, E.M.", "Sweep, E.H."))
                .containsEntry(3, List.of("Peters, H.J.", "Wassink, N.", "van Coolwijk-van Sonsbeek, C.W.M.M."))
                .containsEntry(4, List.of("de Leeuw, C.J.", "Roffelsen, C."))
                .containsEntry(5, List.of("van Echteld, F.J.G.M.", "Janssen, J.F.C."))
                .containsEntry(6, List.of("van Gelder, F.J.J.", "van Ooijen, V.W."))
                .containsEntry(7, List.of("Donkers, P.B.M.", "Hooijmans, A.H.M."))
                .containsEntry(8, List.of("Hensen, T."));
        assertThat(result.election().ofList(8).electedByPreference()).isEmpty();
        assertThat(result.election().ofList(1).electedByPreference()).containsExactly(1);
    }
}
