package nl.stemwerk.budgeting.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.stemwerk.budgeting.rule.BudgetResult;
import nl.stemwerk.budgeting.rule.BudgetRules;
import nl.stemwerk.budgeting.rule.EqualSharesRule;
import nl.stemwerk.budgeting.rule.GreedyRule;
import nl.stemwerk.budgeting.rule.RuleVariant;
import nl.stemwerk.budgeting.testing.SharedData;

/**
 * Explanations for residents. The amounts for Plac Wojska Polskiego were also computed independently with Python
 * fractions: 427 costs each of its 16 supporters 15,995 / 16 = 999.6875 zł; for 1623 one supporter pays
 * 246,605 / 252 = 978.59 zł and four pay their last 1,921.41 zł together; the 12 supporters of 2567 keep
 * 10,526.6369 zł.
 */
class DutchExplanationsTest {

    private static final String PLAC_WOJSKA = "poland_warszawa_2017_plac-wojska-polskiego.pb";

    private static BudgetResult placWojska(String variant) {
        return BudgetRules.compute(SharedData.election(PLAC_WOJSKA), RuleVariant.parse(variant)).orElseThrow();
    }

    private static String explain(BudgetResult result, String projectId) {
        return DutchExplanations.explain(result.explanation(projectId).orElseThrow(), result);
    }

    @Test
    void aProjectBoughtWithEqualSharesSaysWhoPaidHowMuch() {
        BudgetResult result = placWojska("mes/cost/none/v1");

        assertThat(explain(result, "427")).isEqualTo("Gekozen in ronde 1. 16 voorstanders betaalden elk 999,69 zł. "
                + "Samen is dat 15.995 zł, wat het project kost.");
        assertThat(explain(result, "1623")).isEqualTo("Gekozen in ronde 3. 1 voorstander betaalde 978,59 zł. "
                + "4 voorstanders hadden minder over en betaalden alles wat ze nog hadden, samen 1.921,41 zł. "
                + "Samen is dat 2.900 zł, wat het project kost.");
    }

    @Test
    void aProjectItsSupportersCouldNotAffordSaysHowMuchTheyHadLeft() {
        BudgetResult result = placWojska("mes/cost/none/v1");

        assertThat(explain(result, "2567")).isEqualTo("Niet gekozen. De 12 voorstanders van dit project hadden aan "
                + "het eind samen nog 10.526,63 zł over. Het project kost 20.000 zł; dat was niet genoeg. "
                + "Iedere stemmer had 1.896,11 zł te besteden.");
    }

    @Test
    void greedyExplainsTheRunningTotal() {
        BudgetResult result = BudgetRules.compute(SharedData.election("poland_czestochowa_2020_grabowka.pb"),
                GreedyRule.BY_VOTES).orElseThrow();

        assertThat(explain(result, "443")).isEqualTo("Gekozen. Het staat op plaats 2 in aantal stemmen. Na dit "
                + "project was 181.794 zł van de 225.862 zł verdeeld.");
        assertThat(explain(result, "448")).isEqualTo("Niet gekozen. Het staat op plaats 3 in aantal stemmen. Toen "
                + "het aan de beurt was, was er nog 44.068 zł over; het project kost 141.450 zł.");
    }

    @Test
    void projectsAddedFromTheLeftoverSayThatTheyWere() {
        BudgetResult result = BudgetRules.compute(SharedData.election("netherlands_amsterdam_523_.pb"),
                EqualSharesRule.EQUALSHARES_TOOL_DEFAULT).orElseThrow();

        assertThat(explain(result, "41601")).startsWith("Gekozen met het geld dat over was.")
                .contains("€ 43.600 over");
        assertThat(DutchExplanations.summary(result)).isEqualTo("Er zijn 3 projecten gekozen voor samen € 134.150 "
                + "van de € 155.000. Rekenregel: mes/cost/add1-integral/exhaustive-stop/then-greedy/v1.");
        assertThat(DutchExplanations.endowment(result.endowment().orElseThrow(), "EUR"))
                .isEqualTo("Iedere stemmer had € 177 te besteden (begin: € 165, daarna 12 keer 1 euro erbij).");
    }

    @Test
    void theRuleIsDescribedInPlainDutchWithItsTieRule() {
        String wieliczka = DutchExplanations.describe(EqualSharesRule.WIELICZKA_2023);
        String greedy = DutchExplanations.describe(GreedyRule.BY_VOTES);

        assertThat(wieliczka).startsWith("Methode van gelijke delen: elke stemmer krijgt een even groot deel")
                .contains("afgerond naar beneden op hele euro's")
                .contains("We gaan door tot de volgende stap te veel geld zou kosten.")
                .endsWith("daarna beslist de loting.");
        assertThat(greedy).isEqualTo("De projecten met de meeste stemmen krijgen als eerste geld. Past een project "
                + "niet meer in het budget, dan slaan we het over en kijken we naar het volgende. Hebben projecten "
                + "evenveel stemmen, dan gaat het goedkoopste voor. Zijn ze ook even duur, dan beslist de loting.");
    }
}
