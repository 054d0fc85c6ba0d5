package nl.stemwerk.kieswet.totalling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.DifferencesSection;
import nl.stemwerk.kieswet.entry.ReportEntry;
import nl.stemwerk.kieswet.entry.YesNo;
import nl.stemwerk.kieswet.results.DifferencesCounts;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.testdata.Osv43Csv;
import nl.stemwerk.kieswet.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** A definitive entry as counts, on the 21 real stations of West Maas en Waal 2022. */
class StationResultsTest {

    @Test
    void everyRealStationComesBackAsTheSameCountsFromItsEntry() {
        List<PollingStationResults> stations = Osv43Csv.read(SharedData.file(Osv43Csv.WEST_MAAS_EN_WAAL_2022)).stations();

        for (PollingStationResults station : stations) {
            assertThat(StationResults.of(station.pollingStationNumber(), ResultsCheck.asEntry(station)))
                    .isEqualTo(station);
        }
    }

    @Test
    void theTickedDhBoxAndTheAnswerAboutTheExplanationAreKept() {
        PollingStationResults station = Osv43Csv.read(SharedData.file(Osv43Csv.WEST_MAAS_EN_WAAL_2022)).stations()
                .getFirst();
        ReportEntry.GsbDsoEntry entry = (ReportEntry.GsbDsoEntry) ResultsCheck.asEntry(station);
        ReportEntry fewer = new ReportEntry.GsbDsoEntry(entry.voters(), entry.votes(), new DifferencesSection(false,
                false, true, Count.EMPTY, Count.of(1), YesNo.NO), entry.candidateVotes());
        ReportEntry twoTicked = new ReportEntry.GsbDsoEntry(entry.voters(), entry.votes(), new DifferencesSection(true,
                false, true, Count.EMPTY, Count.of(1), YesNo.BOTH), entry.candidateVotes());

        assertThat(StationResults.of(1, fewer).differences()).isEqualTo(new DifferencesCounts(0, 1,
                DifferencesCounts.Comparison.FEWER_BALLOTS, DifferencesCounts.Explained.NO));
        assertThat(StationResults.of(1, twoTicked).differences()).isEqualTo(new DifferencesCounts(0, 1,
                DifferencesCounts.Comparison.NOT_ENTERED, DifferencesCounts.Explained.NOT_ENTERED));
    }
}
