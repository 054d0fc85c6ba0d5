package nl.stemwerk.turnout.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.stemwerk.turnout.RealCounts;
import org.junit.jupiter.api.Test;

class CalledVotersCheckTest {

    /**
     * Nijmegen GR2022: 77 election-day stations hold 1,886 and the town hall 1,952. T = 147,174, n = 78,
     * ⌊T/n⌋ = 1,886 (78 × 1,886 = 147,108; the remainder 66 went to the town hall: 1,886 + 66 = 1,952).
     * 77 of 78 stations hold ⌊T/n⌋, and max(1, 78/10) = 7 others are allowed, so this is an even split.
     */
    @Test
    void nijmegenEvenSplitIsDetectedAndMakesPerStationTurnoutUnusable() {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(RealCounts.nijmegen());

        assertThat(assessment.usablePerStation()).isFalse();
        assertThat(assessment.findings().getFirst().issue()).isEqualTo(CalledVotersIssue.EVEN_SPLIT);
        assertThat(assessment.findings().getFirst().explanation())
                .contains("147.174").contains("78 stembureaus").contains("1.886");
        assertThat(assessment.has(CalledVotersIssue.EARLY_VOTING_COLUMNS)).isTrue();
        assertThat(assessment.has(CalledVotersIssue.ADMITTED_ABOVE_CALLED)).isFalse();
    }

    /**
     * Hilversum GR2022 has district-based figures, but four stations admitted more voters than were called:
     * 7 (900 / 812 = 110.8 %), 26 (718 / 23 = 31.2×), 41 (812 / 8 = 101.5×) and 43 (322 / 304 = 105.9 %).
     */
    @Test
    void hilversumStationFortyOneAt101Point5TimesIsFlaggedWithThreeOthers() {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(RealCounts.hilversum());

        assertThat(assessment.usablePerStation()).isTrue();
        assertThat(assessment.findings()).filteredOn(f -> f.issue() == CalledVotersIssue.ADMITTED_ABOVE_CALLED)
                .flatExtracting(CalledVotersFinding::stations).containsExactly(7, 26, 41, 43);
        assertThat(assessment.findings()).filteredOn(f -> f.stations().equals(List.of(41)))
                .singleElement().extracting(CalledVotersFinding::explanation).asString()
                .contains("812 kiezers").contains("8 waren opgeroepen").contains("101,5 keer zoveel");
        assertThat(assessment.findings()).filteredOn(f -> f.stations().equals(List.of(7)))
                .singleElement().extracting(CalledVotersFinding::explanation).asString().contains("110,8%");
        assertThat(assessment.findings()).filteredOn(f -> f.issue() == CalledVotersIssue.EARLY_VOTING_COLUMNS)
                .singleElement().satisfies(f -> {
                    assertThat(f.stations()).hasSize(20);
                    assertThat(f.explanation()).contains("7.583 kiezers");
                });
    }

    /** West Maas en Waal TK2025: all 11 stations 0, municipal total 16,290. */
    @Test
    void westMaasEnWaal2025ZerosLeaveOnlyTheMunicipalTotal() {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(RealCounts.westMaasEnWaal2025());

        assertThat(assessment.usablePerStation()).isFalse();
        assertThat(assessment.findings()).singleElement().satisfies(f -> {
            assertThat(f.issue()).isEqualTo(CalledVotersIssue.ONLY_MUNICIPAL_TOTAL);
            assertThat(f.explanation()).contains("16.290");
        });
    }

    /** West Maas en Waal GR2022: 11 real district figures (443 to 2,098) and 10 early-voting columns. */
    @Test
    void westMaasEnWaal2022HasUsableDistrictsAndTenEarlyColumns() {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(RealCounts.westMaasEnWaal2022());

        assertThat(assessment.usablePerStation()).isTrue();
        assertThat(assessment.findings()).extracting(CalledVotersFinding::issue)
                .containsExactly(CalledVotersIssue.EARLY_VOTING_COLUMNS);
        assertThat(assessment.findings().getFirst().stations())
                .containsExactly(112, 113, 114, 115, 116, 117, 118, 119, 120, 121);
    }

    @Test
    void theFreeChoiceCaveatCitesTheLawInPlainDutch() {
        assertThat(CalledVotersAssessment.caveat().code()).isEqualTo(ReasonCode.FREE_CHOICE_OF_STATION);
        assertThat(CalledVotersAssessment.caveat().message()).contains("elk stembureau").contains("J 5");
    }
}
