package nl.stemwerk.app.budget.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.stemwerk.app.budget.BudgetDates;
import nl.stemwerk.app.budget.BudgetGroup;
import nl.stemwerk.app.budget.BudgetSettings;
import nl.stemwerk.app.budget.GroupKind;
import nl.stemwerk.app.budget.RulePresets;
import nl.stemwerk.app.budget.VotingMethod;
import nl.stemwerk.budgeting.money.Money;
import org.junit.jupiter.api.Test;

class ProjectImportTest {
    @Test
    void aCsvWithSemicolonsDutchAmountsAndThemesGivesTheProjectsWithTheirLines() {
        List<ImportedProject> projects = ProjectImport.read("projecten.csv", bytes("""
                nummer;naam;kosten;buurt;thema
                1;Bankjes langs de dijk;12.500;Dreumel;Groen
                2;Speeltuin Wamel;30.000,50;Wamel;Spelen, Groen
                """));

        assertThat(projects).extracting(ImportedProject::line).containsExactly(2, 3);
        assertThat(projects.get(1).cost().cents()).isEqualTo(3_000_050L);
        assertThat(projects.get(1).categories()).containsExactly("Spelen", "Groen");
    }

    @Test
    void everyBadLineIsNamedWithItsNumberAndNoProjectIsReturned() {
        ProjectImportException e = catchThrowableOfType(ProjectImportException.class, () -> ProjectImport.read(
                "projecten.csv", bytes("""
                        nummer;naam;kosten
                        1;Bankjes;12.500
                        2;Speeltuin;
                        3;Bomen;veel
                        4;Pannaveld
                        """)));

        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).isEqualTo("Regel 3: de kosten ontbreken.");
        assertThat(e.problems().get(1)).startsWith("Regel 4: ").contains("veel");
        assertThat(e.problems().get(2)).isEqualTo("Regel 5: deze regel heeft 2 velden, de kopregel 3.");
        assertThat(e.fieldMessages().get("file")).startsWith("Het bestand is niet ingelezen: 3 fouten.");
    }

    @Test
    void anUnknownColumnAndAMissingRequiredColumnAreNamedOnTheHeaderLine() {
        ProjectImportException e = catchThrowableOfType(ProjectImportException.class, () -> ProjectImport.read(
                "projecten.csv", bytes("nummer;titel;prijs\n1;Bankjes;100\n")));

        assertThat(e.problems()).containsExactly(
                "Regel 1: de kolom 'prijs' kennen we niet. Gebruik nummer, naam, kosten, buurt, thema en omschrijving.",
                "Regel 1: de kolom 'kosten' ontbreekt.");
    }

    @Test
    void projectsAreCheckedAgainstTheAreasThemesAndBudgetWithTheirLines() {
        BudgetSettings settings = new BudgetSettings("Dorpsbudget", "", Money.ofUnits(40_000), VotingMethod.APPROVAL,
                1, null, RulePresets.GREEDY, BudgetDates.NONE,
                List.of(new BudgetGroup(GroupKind.AREA, "Dreumel", null)));
        List<ImportedProject> projects = ProjectImport.read("p.csv", bytes("""
                nummer;naam;kosten;buurt;thema
                a;Bankjes;12.500;Alphen;
                a;Sporthal;50.000;Dreumel;Sport
                """));

        ProjectImportException e = catchThrowableOfType(ProjectImportException.class,
                () -> ProjectChecks.againstGroups(projects, settings, "file"));

        assertThat(e.problems()).containsExactly(
                "Regel 2: de buurt 'Alphen' staat niet bij de buurten van deze burgerbegroting. Kies uit: Dreumel.",
                "Regel 3: het nummer 'a' staat ook op regel 2.",
                "Regel 3: het project kost € 50.000, meer dan het hele budget van € 40.000.",
                "Regel 3: het thema 'Sport' staat niet bij de thema's van deze burgerbegroting. Er zijn er nog geen;"
                        + " voeg ze eerst toe bij de instellingen.");
    }

    @Test
    void anEmptyUploadAsksForAFile() {
        ProjectImportException e = catchThrowableOfType(ProjectImportException.class,
                () -> ProjectImport.read("", new byte[0]));

        assertThat(e.problems()).containsExactly("Kies een bestand om in te lezen.");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
