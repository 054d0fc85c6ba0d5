package nl.stemwerk.app.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.app.municipality.MunicipalityService.NewPollingStation;
import org.junit.jupiter.api.Test;

/** The demo municipality's polling stations come from the real GR2022 osv4-3 file of West Maas en Waal. */
class WestMaasEnWaalTest {

    @Test
    void theDemoHasTheTwentyOneRealPollingStationColumnsOfGr2022() {
        List<NewPollingStation> stations = WestMaasEnWaal.stations();
        assertThat(stations).hasSize(21);
        assertThat(stations.getFirst()).isEqualTo(new NewPollingStation(1, "Dorpshuis De Hucht", "6626 AC", "regulier"));
        assertThat(stations.get(4)).isEqualTo(new NewPollingStation(5, "Gemeentehuis", "6658 AG", "regulier"));
        assertThat(stations.get(11)).isEqualTo(new NewPollingStation(112, "Gemeentehuis (maandag)", "6658 AG", "regulier"));
        assertThat(stations.getLast()).isEqualTo(new NewPollingStation(121, "VTC Wamel", "6659 BN", "regulier"));
        assertThat(stations).extracting(NewPollingStation::number).doesNotHaveDuplicates();
    }
}
