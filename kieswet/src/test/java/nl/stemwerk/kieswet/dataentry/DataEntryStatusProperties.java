package nl.stemwerk.kieswet.dataentry;

import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.A;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.B;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.C;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.OTHER_VALID;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.VALID;
import static nl.stemwerk.kieswet.dataentry.DataEntryFixtures.WITH_ERRORS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import nl.stemwerk.kieswet.check.EntryChecks;
import nl.stemwerk.kieswet.check.EntryComparison;
import nl.stemwerk.kieswet.entry.ReportEntry;

/**
 * Random chains of actions by three typists and a coordinator, with correct, different and erroneous entries.
 * Whatever happens, a result is definitive only through two equal entries by two different typists.
 */
class DataEntryStatusProperties {

    /** Who takes a typist's action: the typist the entry belongs to, or any of the three typists. */
    enum Who { OWNER, ANYONE }

    record Step(DataEntryAction action, Who who, TypistId anyone, ReportEntry entry) {
        /** The entry's own typist, or for a new second entry someone other than the first typist. */
        TypistId typist(DataEntryStatus status) {
            if (who == Who.ANYONE) {
                return anyone;
            }
            boolean second = action.name().contains("SECOND");
            return second ? DataEntryFixtures.secondTypist(status) : DataEntryFixtures.firstTypist(status);
        }
    }

    @Provide
    Arbitrary<List<Step>> chains() {
        Arbitrary<Step> step = Combinators.combine(
                actions(),
                Arbitraries.frequency(Tuple.of(8, Who.OWNER), Tuple.of(1, Who.ANYONE)),
                Arbitraries.of(A, B, C),
                Arbitraries.frequency(Tuple.of(10, VALID), Tuple.of(4, OTHER_VALID), Tuple.of(1, WITH_ERRORS)))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(120).withSizeDistribution(RandomDistribution.uniform());
    }

    /** Typists mostly move their entry forward, so that chains reach every state, Definitive included. */
    private static Arbitrary<DataEntryAction> actions() {
        List<Tuple.Tuple2<Integer, DataEntryAction>> weighted = new java.util.ArrayList<>();
        for (DataEntryAction action : DataEntryAction.values()) {
            int weight = switch (action) {
                case SAVE_FIRST_ENTRY, SAVE_SECOND_ENTRY -> 20;
                case CLAIM_FIRST_ENTRY, CLAIM_SECOND_ENTRY, FINALISE_FIRST_ENTRY, FINALISE_SECOND_ENTRY -> 8;
                case CORRECT_FIRST_ENTRY, CORRECT_SECOND_ENTRY -> 4;
                default -> 1;
            };
            weighted.add(Tuple.of(weight, action));
        }
        return Arbitraries.frequency(weighted);
    }

    @Property(tries = 2000)
    void definitiveOnlyThroughTwoEqualEntriesByTwoDifferentTypists(@ForAll("chains") List<Step> chain) {
        DataEntryStatus status = new Empty();
        boolean reachedDefinitive = false;
        boolean viaCorrection = false;
        for (Step step : chain) {
            DataEntryStatus next;
            try {
                next = apply(status, step);
            } catch (DataEntryTransitionException refused) {
                assertThat(refused.state()).isEqualTo(status.name());
                continue;
            }
            if (next instanceof Definitive definitive && !(status instanceof Definitive)) {
                assertReachedByTwoEqualEntries(status, definitive);
                reachedDefinitive = true;
                viaCorrection |= status instanceof FirstEntryCorrection || status instanceof SecondEntryCorrection;
            }
            if (status instanceof Definitive) {
                assertThat(step.action()).as("only a reset leaves a definitive result").isEqualTo(DataEntryAction.RESET);
            }
            status = next;
        }
        Statistics.label("definitief bereikt").collect(reachedDefinitive);
        Statistics.label("definitief bereikt").coverage(c -> c.check(true).percentage(p -> p >= 5));
        Statistics.label("definitief na correctie").collect(viaCorrection);
        Statistics.label("definitief na correctie").coverage(c -> c.check(true).percentage(p -> p >= 0.5));
    }

    private static void assertReachedByTwoEqualEntries(DataEntryStatus before, Definitive definitive) {
        record Pair(TypistId first, ReportEntry firstEntry, TypistId second, ReportEntry secondEntry) {
        }
        Pair pair = switch (before) {
            case SecondEntryInProgress s -> new Pair(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            case SecondEntryCorrection s -> new Pair(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            case FirstEntryCorrection s -> new Pair(s.firstTypist(), s.firstEntry(), s.secondTypist(), s.secondEntry());
            default -> throw new AssertionError("Definitief vanuit " + before.name());
        };
        assertThat(pair.first()).isNotEqualTo(pair.second());
        assertThat(EntryComparison.of(pair.firstEntry(), pair.secondEntry()).equal()).isTrue();
        assertThat(definitive.result()).isEqualTo(pair.secondEntry());
        assertThat(definitive.firstTypist()).isEqualTo(pair.first());
        assertThat(definitive.secondTypist()).isEqualTo(pair.second());
        assertThat(EntryChecks.check(definitive.result()).hasErrors()).isFalse();
    }

    private static DataEntryStatus apply(DataEntryStatus status, Step step) {
        return DataEntryFixtures.apply(status, step.action(), step.typist(status), step.entry());
    }
}
