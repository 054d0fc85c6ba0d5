package nl.stemwerk.budgeting.preferendum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.money.Fraction;

class PreferendaTest {

    private static final List<PreferendumOption> CITIES = List.of(new PreferendumOption("M", "Memphis"),
            new PreferendumOption("N", "Nashville"), new PreferendumOption("C", "Chattanooga"),
            new PreferendumOption("K", "Knoxville"));

    private static List<PreferendumBallot> rankings(int count, String... ranking) {
        List<PreferendumBallot> ballots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ballots.add(new PreferendumBallot.Ranking(ranking[0] + i + String.join("", ranking), List.of(ranking)));
        }
        return ballots;
    }

    @Nested
    class Borda {

        /**
         * The textbook Borda example (Tennessee's capital, 100 voters): 42 M>N>C>K, 26 N>C>K>M, 15 C>K>N>M,
         * 17 K>C>N>M. Classic Borda points (3-2-1-0): N 194, C 173, M 126, K 107; with full rankings every option
         * gets one point more per voter here, so the order is the same: Nashville wins although Memphis has most
         * first places.
         */
        @Test
        void theTennesseeExampleElectsNashville() {
            List<PreferendumBallot> ballots = new ArrayList<>();
            ballots.addAll(rankings(42, "M", "N", "C", "K"));
            ballots.addAll(rankings(26, "N", "C", "K", "M"));
            ballots.addAll(rankings(15, "C", "K", "N", "M"));
            ballots.addAll(rankings(17, "K", "C", "N", "M"));

            PreferendumResult result = Preferenda.count(Preferendum.ranked("Welke stad?", CITIES), ballots);

            assertThat(result.options()).extracting(r -> r.option().id(), PreferendumResult.OptionResult::total)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("N", 294L),
                            org.assertj.core.groups.Tuple.tuple("C", 273L),
                            org.assertj.core.groups.Tuple.tuple("M", 226L),
                            org.assertj.core.groups.Tuple.tuple("K", 207L));
            assertThat(result.options().get(2).distribution()).containsExactly(42L, 0L, 0L, 58L, 0L);
            assertThat(result.options().getFirst().average()).isEqualTo(Fraction.of(294, 100));
        }

        /**
         * A shorter ranking gives fewer points: the first of two ranked gets 2, not 4. C and K end equal on points,
         * first places and second places, so they share first place.
         */
        @Test
        void optionsLeftOffARankingGetNoPoints() {
            PreferendumResult result = Preferenda.count(Preferendum.ranked("Welke stad?", CITIES), List.of(
                    new PreferendumBallot.Ranking("a", List.of("K", "C")),
                    new PreferendumBallot.Ranking("b", List.of("C", "K", "N", "M"))));

            assertThat(result.options()).extracting(r -> r.option().id(), PreferendumResult.OptionResult::total,
                    PreferendumResult.OptionResult::place).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("C", 5L, 1), org.assertj.core.groups.Tuple.tuple("K", 5L, 1),
                    org.assertj.core.groups.Tuple.tuple("N", 2L, 3), org.assertj.core.groups.Tuple.tuple("M", 1L, 4));
            assertThat(result.options().get(2).distribution()).containsExactly(0L, 0L, 1L, 0L, 1L);
        }

        @Test
        void optionsThatTieCompletelyShareTheirPlace() {
            PreferendumResult result = Preferenda.count(Preferendum.ranked("Welke stad?", CITIES), List.of(
                    new PreferendumBallot.Ranking("a", List.of("M", "N")),
                    new PreferendumBallot.Ranking("b", List.of("N", "M"))));

            assertThat(result.options()).extracting(PreferendumResult.OptionResult::place)
                    .containsExactly(1, 1, 3, 3);
        }
    }

    @Nested
    class Scores {

        private final Preferendum park = Preferendum.scored("Wat doen we met het park?", List.of(
                new PreferendumOption("speel", "Speeltuin"), new PreferendumOption("bos", "Meer bomen"),
                new PreferendumOption("sport", "Sportveld")), 0, 5);

        private PreferendumBallot scores(String voter, int speel, int bos, int sport) {
            return new PreferendumBallot.Scores(voter, Map.of("speel", speel, "bos", bos, "sport", sport));
        }

        /** Bos and speel both average 3; bos got the top score 5 once, speel never, so bos is first. */
        @Test
        void theHighestAverageWinsAndMoreTopScoresBreakATie() {
            PreferendumResult result = Preferenda.count(park, List.of(scores("a", 4, 5, 0), scores("b", 3, 1, 2),
                    scores("c", 2, 3, 5)));

            assertThat(result.options()).extracting(r -> r.option().id()).containsExactly("bos", "speel", "sport");
            assertThat(result.options()).extracting(PreferendumResult.OptionResult::place).containsExactly(1, 2, 3);
            PreferendumResult.OptionResult speel = result.options().get(1);
            assertThat(speel.distribution()).containsExactly(0L, 0L, 1L, 1L, 1L, 0L);
            assertThat(DutchNumbers.decimal(result.options().get(2).average(), 1)).isEqualTo("2,3");
            assertThat(PreferendumMethod.SCORE.dutchTieRule()).contains("hoogste cijfer");
        }

        @Test
        void aBallotWithoutAScoreForEveryOptionIsRefused() {
            assertThatThrownBy(() -> Preferenda.count(park, List.of(new PreferendumBallot.Scores("a",
                    Map.of("speel", 4)))))
                    .isInstanceOfSatisfying(PreferendumException.class,
                            e -> assertThat(e.code()).isEqualTo(PreferendumException.Code.MISSING_SCORE))
                    .hasMessage("De stem van 'a' geeft optie 'Meer bomen' geen cijfer. Geef elke optie een cijfer.");
        }

        @Test
        void aScoreOutsideTheScaleIsRefused() {
            assertThatThrownBy(() -> Preferenda.count(park, List.of(scores("a", 6, 1, 1))))
                    .hasMessage("De stem van 'a' geeft optie 'Speeltuin' een 6. Dat moet van 0 tot en met 5 zijn.");
        }

        @Test
        void aRankingCannotBeCountedAsScoresNorTwiceForOneResident() {
            assertThatThrownBy(() -> Preferenda.count(park, List.of(new PreferendumBallot.Ranking("a",
                    List.of("bos")))))
                    .isInstanceOfSatisfying(PreferendumException.class,
                            e -> assertThat(e.code()).isEqualTo(PreferendumException.Code.WRONG_BALLOT_KIND));
            assertThatThrownBy(() -> Preferenda.count(park, List.of(scores("a", 1, 1, 1), scores("a", 2, 2, 2))))
                    .isInstanceOfSatisfying(PreferendumException.class,
                            e -> assertThat(e.code()).isEqualTo(PreferendumException.Code.DUPLICATE_VOTER));
        }
    }
}
