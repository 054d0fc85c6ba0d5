package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.testing.Lotteries;
import nl.stemwerk.sortition.testing.SmallPools;

class LotteryFileTest {
    private static final Lottery LOTTERY = Lotteries.sortitionFoundationLeximin();
    private static final String FILE = LotteryFile.write(LOTTERY);

    @Test
    void aPublishedLotteryReadsBackToTheSameLotteryAndDraw() {
        Lottery read = LotteryFile.read(new StringReader(FILE));
        PublicSeed seed = PublicSeed.parse("271828182845");

        assertThat(read.resultHash()).isEqualTo(LOTTERY.resultHash());
        assertThat(read.problemHash()).isEqualTo(LOTTERY.problemHash());
        assertThat(read.probabilities()).isEqualTo(LOTTERY.probabilities());
        assertThat(Draw.draw(read, seed)).isEqualTo(Draw.draw(LOTTERY, seed));
    }

    @Test
    void thePublishedFileHoldsNoAddressesOrContactDetails() {
        assertThat(FILE).doesNotContain("primary_address").doesNotContain("PRIMARY_ADDRESS").doesNotContain("email")
                .contains("volunteer\tp0\t-\t-\tMale\t30-44\tLevel 4 and above\tSouth Scotland");
    }

    @Test
    void householdsArePublishedAsNumbersAndSurviveTheRoundTrip() {
        SelectionProblem problem = new SelectionProblem(
                SmallPools.pool("a:wijk=noord@Laan 1", "b:wijk=zuid@Laan 1", "c:wijk=noord@Laan 2",
                        "d:wijk=zuid@Laan 3"),
                SmallPools.quotas("wijk=noord:1-1", "wijk=zuid:1-1"), 2, Set.of(), true);
        Lottery lottery = Lotteries.compute(problem, SelectionOptions.leximin());

        String file = LotteryFile.write(lottery);

        assertThat(file).contains("volunteer\ta\t1\t-\tnoord").contains("volunteer\tc\t-\t-\tnoord")
                .doesNotContain("Laan");
        assertThat(LotteryFile.read(new StringReader(file)).resultHash()).isEqualTo(lottery.resultHash());
    }

    @Test
    void movingTicketsBetweenPanelsIsDetected() {
        String tampered = FILE.replaceFirst("(panel\t1\t)(\\d+)", "$1" + "0");

        assertThatThrownBy(() -> LotteryFile.read(new StringReader(tampered)))
                .isInstanceOfSatisfying(SortitionException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.LOTTERY_FILE_INVALID));
    }

    @Test
    void aChangedVolunteerValueBreaksTheResultHash() {
        String tampered = FILE.replace("volunteer\tp0\t-\t-\tMale", "volunteer\tp0\t-\t-\tFemale");

        assertThatThrownBy(() -> LotteryFile.read(new StringReader(tampered)))
                .isInstanceOfSatisfying(SortitionException.class, e -> assertThat(e.getMessage())
                        .contains("Het loting-bestand is niet geldig"));
    }
}
