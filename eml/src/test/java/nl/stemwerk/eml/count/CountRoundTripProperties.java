package nl.stemwerk.eml.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlSchemaCheck;
import nl.stemwerk.eml.TestFiles;
import nl.stemwerk.kieswet.election.ElectionDomain;

/** Any consistent count Stemwerk writes is valid against the strict schema and reads back the same. */
class CountRoundTripProperties {
    private static final ElectionIdentity ELECTION = new ElectionIdentity("GR2026_Proefgemeente",
            "Gemeenteraad Proefgemeente 2026", "GR", "GR1", Optional.of(new ElectionDomain("9999", "Proefgemeente")),
            LocalDate.of(2026, 3, 18), Optional.empty());
    private static final CountHeader HEADER = new CountHeader(EmlMessageType.MUNICIPAL_COUNT,
            EmlHeader.of(new Authority("9999", "Proefgemeente"), LocalDateTime.of(2026, 3, 19, 1, 0)), ELECTION);

    @Property(tries = 200)
    void aWrittenCountIsValidAndReadsBackTheSame(@ForAll("counts") Count count) {
        byte[] written = TestFiles.written(out -> CountWriter.write(count, out));
        EmlSchemaCheck.assertValid(EmlMessageType.MUNICIPAL_COUNT, written);
        assertThat(new CountReader().read(TestFiles.stream(written), "telling.xml")).isEqualTo(count);
    }

    @Provide
    Arbitrary<Count> counts() {
        Arbitrary<List<List<Integer>>> candidateNumbers = Arbitraries.integers().between(1, 60).set().ofMaxSize(6)
                .map(numbers -> numbers.stream().sorted().toList()).list().ofMinSize(1).ofMaxSize(5);
        return candidateNumbers.flatMap(lists -> units(lists).list().ofMaxSize(6)
                .map(units -> new Count(HEADER, List.of(new CountContest(ContestIdentity.NONE,
                        Optional.of(sum(lists, units)), withIdentifiers(units))))));
    }

    private static Arbitrary<VoteCount> units(List<List<Integer>> lists) {
        Arbitrary<List<Long>> votes = Arbitraries.longs().between(0, 5_000)
                .list().ofSize(lists.stream().mapToInt(List::size).sum());
        Arbitrary<Map<UncountedReason, Long>> uncounted = Arbitraries.maps(Arbitraries.of(UncountedReason.class),
                Arbitraries.longs().between(0, 9_999)).ofMaxSize(UncountedReason.values().length);
        return Combinators.combine(votes, Arbitraries.longs().between(0, 99), Arbitraries.longs().between(0, 99),
                Arbitraries.longs().between(0, 20_000), uncounted).as((perCandidate, blank, invalid, cast, reasons) ->
                voteCount(lists, perCandidate, cast, blank, invalid, reasons));
    }

    private static VoteCount voteCount(List<List<Integer>> lists, List<Long> perCandidate, long cast, long blank,
                                       long invalid, Map<UncountedReason, Long> uncounted) {
        List<ListVotes> listVotes = new ArrayList<>();
        int next = 0;
        for (int l = 0; l < lists.size(); l++) {
            List<CandidateCount> candidates = new ArrayList<>();
            for (int number : lists.get(l)) {
                candidates.add(new CandidateCount(number, perCandidate.get(next++)));
            }
            long total = candidates.stream().mapToLong(CandidateCount::votes).sum();
            listVotes.add(new ListVotes(l + 1, "Lijst " + (l + 1) + " & \"Zoon\" <BV>", total, candidates));
        }
        long valid = listVotes.stream().mapToLong(ListVotes::total).sum();
        return new VoteCount(listVotes, cast, valid, blank, invalid, uncounted);
    }

    private static List<ReportingUnitVotes> withIdentifiers(List<VoteCount> counts) {
        List<ReportingUnitVotes> units = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            units.add(new ReportingUnitVotes(new ReportingUnit("9999::SB" + (i + 1),
                    "Stembureau " + (i + 1) + " (postcode: 1234 AB)", Optional.empty()), counts.get(i)));
        }
        return units;
    }

    /** The totals: each figure summed over the units; a reason code appears when any unit has it. */
    private static VoteCount sum(List<List<Integer>> lists, List<VoteCount> units) {
        List<Long> perCandidate = new ArrayList<>();
        int index = 0;
        for (List<Integer> list : lists) {
            for (int c = 0; c < list.size(); c++) {
                int position = c;
                int listIndex = index;
                perCandidate.add(units.stream().mapToLong(u -> u.lists().get(listIndex).candidates()
                        .get(position).votes()).sum());
            }
            index++;
        }
        Map<UncountedReason, Long> uncounted = new EnumMap<>(UncountedReason.class);
        units.forEach(unit -> unit.uncounted().forEach((reason, value) -> uncounted.merge(reason, value, Long::sum)));
        return voteCount(lists, perCandidate, units.stream().mapToLong(VoteCount::cast).sum(),
                units.stream().mapToLong(VoteCount::blank).sum(), units.stream().mapToLong(VoteCount::invalid).sum(),
                uncounted);
    }
}
