package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.Inputs.completed;
import static nl.stemwerk.kieswet.apportionment.Inputs.withVotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Dutch text of "how the seats were allocated". */
class AllocationExplanationTest {

    @Test
    void theQuotaAndFullSeatsAreExplainedWithTheirArticles() {
        List<String> text = AllocationExplanation.of(completed(withVotes(15, 2571, 977, 567, 536, 453)),
                Map.of(1, "Partij A"));

        assertThat(text.get(0)).isEqualTo("Er zijn 15 zetels te verdelen. Alle lijsten samen kregen 5.104 stemmen."
                + " Blanco en ongeldige stemmen tellen niet mee.");
        assertThat(text.get(1)).isEqualTo("De kiesdeler is 5.104 gedeeld door 15 = 340 4/15 (ongeveer 340,27)"
                + " (artikel P 5).");
        assertThat(text).contains("- lijst 1 (Partij A): 2.571 stemmen is 7 2837/5104 (ongeveer 7,56) keer de"
                + " kiesdeler: 7 zetels.");
        assertThat(text).contains("Samen 12 zetels. Er blijven 3 restzetels over.");
    }

    @Test
    void residualSeatsNameTheWinningRemainderAndTheOthers() {
        List<String> text = AllocationExplanation.of(completed(withVotes(15, 2571, 977, 567, 536, 453)));

        assertThat(text).contains("Restzetel 1 gaat naar lijst 2, met het grootste overschot: 296 7/15"
                + " (ongeveer 296,47). Methode: grootste overschotten (artikel P 8).");
        assertThat(text).anySatisfy(line -> assertThat(line)
                .startsWith("  Vergeleken (overschot): lijst 1 189 2/15 (ongeveer 189,13); lijst 2 296 7/15"));
    }

    @Test
    void theAbsoluteMajorityCorrectionIsExplained() {
        List<String> text = AllocationExplanation.of(completed(withVotes(15, 2571, 977, 567, 536, 453)));

        assertThat(text).contains("Lijst 1 kreeg meer dan de helft van de stemmen, maar niet meer dan de helft van"
                + " de zetels. Daarom krijgt lijst 1 de laatste restzetel. Lijst 4 had die restzetel gekregen en moet"
                + " hem afstaan (artikel P 9).");
        assertThat(text).contains("Uitkomst: lijst 1: 8 zetels, lijst 2: 3 zetels, lijst 3: 2 zetels, lijst 4: 1"
                + " zetel en lijst 5: 1 zetel.");
    }

    @Test
    void theSeatsAloneCanBeExplainedWithoutTheCandidates() {
        ApportionmentOutcome.Completed completed = completed(withVotes(15, 2571, 977, 567, 536, 453));

        List<String> seatsOnly = AllocationExplanation.of(completed.seatAllocation(), Map.of());

        assertThat(seatsOnly).last().asString().startsWith("Uitkomst: lijst 1: 8 zetels");
        assertThat(seatsOnly).noneMatch(line -> line.contains("voorkeurdrempel"));
        assertThat(AllocationExplanation.of(completed)).startsWith(seatsOnly.toArray(String[]::new));
    }

    @Test
    void theElectedCandidatesAreExplainedWithThreshold() {
        List<String> text = AllocationExplanation.of(completed(new ApportionmentInput(15, List.of(
                ListInput.of(1, 200, 40, 250, 60, 50, 0, 0),
                ListInput.of(2, 100, 100, 100, 100, 100, 0),
                ListInput.of(3, 100, 120, 120, 30, 30, 0)))));

        assertThat(text).contains("De voorkeurdrempel is 50% van de kiesdeler: 50 stemmen. Een kandidaat met meer"
                + " stemmen is gekozen met voorkeurstemmen, als de lijst genoeg zetels heeft (artikel P 15).");
        assertThat(text).contains("Lijst 1 (6 zetels): gekozen met voorkeurstemmen: kandidaat 3, 1 en 4. Gekozen in"
                + " de volgorde van de lijst: kandidaat 2, 5 en 6 (artikel P 17).");
        assertThat(text).contains("Volgorde van lijst 1 voor latere vacatures: kandidaat 3, 1, 4, 2, 5, 6 en 7"
                + " (artikel P 19).");
    }

    @Test
    void aPendingDrawingOfLotsIsExplained() {
        var required = (ApportionmentOutcome.DrawingOfLotsRequired) Apportionment.apportion(
                withVotes(15, 540, 160, 160, 80, 80, 80, 55, 45));

        List<String> text = AllocationExplanation.of(required, Map.of());

        assertThat(text.get(text.size() - 1)).isEqualTo("Loting voor restzetel 2: de lijsten 2, 3, 4, 5 en 6 hebben"
                + " hetzelfde overschot (0), maar er zijn nog maar 1 restzetel(s) te verdelen. Het lot wijst de lijst"
                + " aan die de volgende zetel krijgt. (artikel P 8)");
    }

    @Test
    void votesAreWrittenWithADutchThousandsSeparator() {
        assertThat(AllocationExplanation.votes(1_234_567)).isEqualTo("1.234.567");
        assertThat(AllocationExplanation.votes(999)).isEqualTo("999");
    }
}
