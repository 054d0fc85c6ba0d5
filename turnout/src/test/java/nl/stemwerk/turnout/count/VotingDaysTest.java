package nl.stemwerk.turnout.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.turnout.RealCounts;
import org.junit.jupiter.api.Test;

class VotingDaysTest {

    /**
     * West Maas en Waal GR2022 rebuilt column by column, as the EML route does: the days must be those the CSV
     * reader gave (112–115 by weekday, 116–121 by number and zero called voters), with the same note.
     */
    @Test
    void columnsBuiltElsewhereGetTheSameDaysAsTheCsvReaderGives() {
        ElectionCount count = RealCounts.westMaasEnWaal2022();
        List<PollingStation> stations = count.stations().stream().map(StationCount::station).toList();

        VotingDays days = VotingDays.of("telling.eml.xml", count.electionDate(), stations);

        assertThat(days.days()).isEqualTo(count.stations().stream().map(StationCount::votingDay).toList());
        assertThat(days.note()).hasValueSatisfying(note -> assertThat(note.message())
                .contains("telling.eml.xml").contains("stembureaus 112 tot en met 121"));
    }

    @Test
    void aCountWithoutEarlyColumnsHasNoNote() {
        ElectionCount count = RealCounts.westMaasEnWaal2022();
        List<PollingStation> electionDay = count.electionDayStations().stream().map(StationCount::station).toList();

        VotingDays days = VotingDays.of("telling.eml.xml", count.electionDate(), electionDay);

        assertThat(days.days()).allSatisfy(day -> assertThat(day.early()).isFalse());
        assertThat(days.note()).isEmpty();
    }
}
