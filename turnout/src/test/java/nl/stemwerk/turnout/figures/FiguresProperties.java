package nl.stemwerk.turnout.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import nl.stemwerk.turnout.Synthetic;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;

class FiguresProperties {

    private static ElectionCount count(List<Long> called, long admittedEach) {
        List<StationCount> stations = new ArrayList<>();
        for (int i = 0; i < called.size(); i++) {
            long admitted = Math.min(admittedEach, called.get(i));
            stations.add(Synthetic.column(i + 1, "1234 AB", called.get(i), admitted, 0, 0, 0, false));
        }
        return new ElectionCount("Gemeenteraad Proefdorp 2026", Synthetic.DAY, "GM0999", "Proefdorp",
                called.stream().mapToLong(Long::longValue).sum(), stations, List.of());
    }

    /**
     * Any total split evenly over n ≥ 4 stations, the remainder on one of them, is an even split. (With three
     * stations all three must be within ±1: one odd station out of three is too common to call it a split.)
     */
    @Property
    void anEvenSplitIsAlwaysDetected(@ForAll @LongRange(min = 3_000, max = 500_000) long total,
                                     @ForAll @IntRange(min = 4, max = 150) int stations,
                                     @ForAll @IntRange(min = 0, max = 149) int remainderAt) {
        List<Long> called = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            called.add(total / stations);
        }
        int at = remainderAt % stations;
        called.set(at, called.get(at) + total % stations);

        CalledVotersAssessment assessment = CalledVotersCheck.assess(count(called, 100));

        assertThat(assessment.has(CalledVotersIssue.EVEN_SPLIT)).isTrue();
        assertThat(assessment.usablePerStation()).isFalse();
    }

    /** Three stations within ±1 of each other are an even split. */
    @Property
    void threeStationsWithinOneOfEachOtherAreAnEvenSplit(@ForAll @LongRange(min = 300, max = 5_000) long share,
                                                          @ForAll @IntRange(min = 0, max = 2) int plusOneAt) {
        List<Long> called = new ArrayList<>(List.of(share, share, share));
        called.set(plusOneAt, share + 1);

        assertThat(CalledVotersCheck.assess(count(called, 100)).has(CalledVotersIssue.EVEN_SPLIT)).isTrue();
    }

    /** Districts whose sizes all differ by at least 2 never look like an even split. */
    @Property
    void distinctDistrictSizesAreNeverAnEvenSplit(
            @ForAll @Size(min = 3, max = 60) @UniqueElements List<@IntRange(min = 250, max = 1_500) Integer> halves) {
        List<Long> called = halves.stream().map(h -> 2L * h).toList();

        assertThat(CalledVotersCheck.assess(count(called, 100)).has(CalledVotersIssue.EVEN_SPLIT)).isFalse();
    }

    /** With votes cast ≤ admitted ≤ called everywhere, every turnout is a share between 0 and 1. */
    @Property
    void turnoutStaysBetweenZeroAndOneWhenTheCountIsConsistent(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 5_000) Long> called,
            @ForAll @LongRange(min = 0, max = 5_000) long admittedEach) {
        ElectionCount count = count(called, admittedEach);

        assertThat(MunicipalFigures.of(count).turnout().toOptional().orElseThrow().value()).isBetween(0.0, 1.0);
        for (StationFigures station : StationFigures.allOf(count, Map.of())) {
            station.calledVotersTurnout().toOptional().map(Ratio::value)
                    .ifPresent(v -> assertThat(v).isBetween(0.0, 1.0));
        }
    }
}
