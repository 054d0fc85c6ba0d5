package nl.stemwerk.turnout.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import nl.stemwerk.turnout.station.AccessibilityFeature;
import nl.stemwerk.turnout.station.OpenDataStationCsvReader;
import nl.stemwerk.turnout.station.StationList;
import org.junit.jupiter.api.Test;

class AccessibilityCheckTest {

    static StationList example() throws Exception {
        try (InputStream in = AccessibilityCheckTest.class.getResourceAsStream("/stations/open-data-standaard-voorbeeld.csv")) {
            return OpenDataStationCsvReader.read("voorbeeld.csv", in);
        }
    }

    static ChecklistStatus status(AccessibilityChecklist list, AccessibilityFeature feature) {
        return list.items().stream().filter(i -> i.feature() == feature).findFirst().orElseThrow().status();
    }

    /** The standard's example station answers "ja" everywhere; its toilet is not said to be accessible. */
    @Test
    void theStandardsExampleMeetsEverythingButTheAccessibleToilet() throws Exception {
        AccessibilityChecklist cityHall = AccessibilityCheck.of(example().byNumber(517).orElseThrow());

        assertThat(cityHall.items()).hasSize(13);
        assertThat(cityHall.count(ChecklistStatus.MET)).isEqualTo(12);
        assertThat(status(cityHall, AccessibilityFeature.TOILET)).isEqualTo(ChecklistStatus.PARTLY_MET);
        assertThat(cityHall.meetsLegalMinimum()).isTrue();
    }

    @Test
    void partialAnswersAreExplained() throws Exception {
        AccessibilityChecklist withBreak = AccessibilityCheck.of(example().byNumber(518).orElseThrow());

        assertThat(status(withBreak, AccessibilityFeature.TOILET)).isEqualTo(ChecklistStatus.MET);
        assertThat(status(withBreak, AccessibilityFeature.GUIDANCE_LINES)).isEqualTo(ChecklistStatus.PARTLY_MET);
        assertThat(status(withBreak, AccessibilityFeature.PROKKELDUO)).isEqualTo(ChecklistStatus.NOT_MET);
        assertThat(withBreak.items()).filteredOn(i -> i.feature() == AccessibilityFeature.SIGN_LANGUAGE_INTERPRETER)
                .singleElement().satisfies(i -> {
                    assertThat(i.status()).isEqualTo(ChecklistStatus.PARTLY_MET);
                    assertThat(i.explanation()).contains("op afstand");
                });
    }

    /** The mobile station is accessible at its second stop only, so it fails the legal minimum (Kieswet J 4). */
    @Test
    void aMobileStationIsAsAccessibleAsItsWorstStop() throws Exception {
        AccessibilityChecklist mobile = AccessibilityCheck.of(example().byNumber(900).orElseThrow());

        assertThat(status(mobile, AccessibilityFeature.PHYSICAL_ACCESS)).isEqualTo(ChecklistStatus.NOT_MET);
        assertThat(mobile.meetsLegalMinimum()).isFalse();
        assertThat(mobile.items().getFirst().explanation()).contains("artikel J 4").contains("gemeenteraad")
                .contains("minst toegankelijke plek");
    }

    @Test
    void unansweredQuestionsAreUnknownNotFailed() throws Exception {
        AccessibilityChecklist station = AccessibilityCheck.of(example().byNumber(901).orElseThrow());

        assertThat(status(station, AccessibilityFeature.PHYSICAL_ACCESS)).isEqualTo(ChecklistStatus.MET);
        assertThat(station.count(ChecklistStatus.UNKNOWN)).isEqualTo(12);
        assertThat(station.items().get(1).explanation()).contains("niet ingevuld");
    }
}
