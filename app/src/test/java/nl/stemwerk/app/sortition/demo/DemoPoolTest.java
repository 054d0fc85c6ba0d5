package nl.stemwerk.app.sortition.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import nl.stemwerk.sortition.csv.PoolCsv;
import nl.stemwerk.sortition.csv.PoolCsvOptions;
import nl.stemwerk.sortition.csv.QuotaCsv;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.Sortition;
import org.junit.jupiter.api.Test;

class DemoPoolTest {
    private static final Quotas QUOTAS = QuotaCsv.read(new StringReader(DemoPool.quotas()), "quota.csv");
    private static final Pool POOL = PoolCsv.read(new StringReader(DemoPool.pool()), "aanmeldingen.csv", QUOTAS,
            PoolCsvOptions.detect());

    @Test
    void theGeneratedPoolHas300VolunteersFromEveryVillageWithTheSameFileEveryTime() {
        assertThat(POOL.size()).isEqualTo(300);
        assertThat(DemoPool.pool()).isEqualTo(DemoPool.pool());
        for (String village : new String[] {"Alphen", "Altforst", "Appeltern", "Beneden-Leeuwen", "Boven-Leeuwen",
                "Dreumel", "Maasbommel", "Wamel"}) {
            assertThat(POOL.volunteers()).anySatisfy(v -> assertThat(v.value("wijk")).isEqualTo(village));
        }
    }

    @Test
    void quotasFollowTheVotersCalledPerVillageAtGr2022() {
        // Beneden-Leeuwen: 5807 of 16202 voters called, 24 seats: 8,6 seats, so 7 to 10
        assertThat(DemoPool.quotas()).contains("wijk,Beneden-Leeuwen,7,10\n");
        // Altforst: 443 of 16202: 0,66 seats, so 0 to 2
        assertThat(DemoPool.quotas()).contains("wijk,Altforst,0,2\n");
    }

    @Test
    void panelsMeetTheQuotasAndEveryVolunteerHasAChance() {
        SelectionOutcome outcome = Sortition.withOrTools().compute(
                SelectionProblem.of(POOL, QUOTAS, DemoPool.PANEL_SIZE), SelectionOptions.of(Algorithm.MAXIMIN));
        assertThat(outcome).isInstanceOfSatisfying(SelectionOutcome.Computed.class,
                computed -> assertThat(computed.lottery().fairness().minimum()).isPositive());
    }
}
