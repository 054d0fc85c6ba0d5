package nl.stemwerk.app.knowledge.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last two weeks before election day, in which the desk sends no "two working days" receipt. */
class QuietPeriodTest {
    private static final LocalDate GR2026 = LocalDate.of(2026, 3, 18);

    @Test
    void theFourteenDaysBeforeElectionDayAndElectionDayItselfAreQuiet() {
        assertThat(QuietPeriod.covers(LocalDate.of(2026, 3, 4), List.of(GR2026))).isTrue();
        assertThat(QuietPeriod.covers(GR2026, List.of(GR2026))).isTrue();
    }

    @Test
    void fifteenDaysBeforeAndTheDayAfterElectionDayAreNotQuiet() {
        assertThat(QuietPeriod.covers(LocalDate.of(2026, 3, 3), List.of(GR2026))).isFalse();
        assertThat(QuietPeriod.covers(LocalDate.of(2026, 3, 19), List.of(GR2026))).isFalse();
    }

    @Test
    void withoutAnyKnownElectionDayThereIsNoQuietPeriod() {
        assertThat(QuietPeriod.covers(GR2026, List.of())).isFalse();
    }

    @Test
    void anyOfSeveralElectionsMakesTheDayQuiet() {
        assertThat(QuietPeriod.covers(LocalDate.of(2026, 10, 20),
                List.of(GR2026, LocalDate.of(2026, 10, 29)))).isTrue();
    }
}
