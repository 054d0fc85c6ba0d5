package nl.stemwerk.knowledge.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import nl.stemwerk.knowledge.Samples;
import nl.stemwerk.knowledge.model.Anchor;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ChecklistTask;
import nl.stemwerk.knowledge.model.RelativeDeadline;
import nl.stemwerk.knowledge.model.Role;
import nl.stemwerk.knowledge.model.TaskLines;
import org.junit.jupiter.api.Test;

class ChecklistTasksTest {

    private static String checklist(String body) {
        return """
                ---
                id: zitting
                type: checklist
                title: Zitting
                summary: Draaiboek.
                topic: Zitting GSB
                elections: GR
                law: Kieswet art. E 7
                ---
                """ + body;
    }

    private static ImportResult read(String body) {
        return ContentImporter.readTexts(Map.of("checklists/zitting.md", checklist(body)));
    }

    private static List<ContentProblem> problems(String body) {
        return ((ImportResult.Rejected) read(body)).problems();
    }

    @Test
    void readsTheTasksOfTheSampleWithSectionsDeadlinesAndRoles() {
        Checklist checklist = Samples.knowledgeBase().checklist("planning-klein").orElseThrow();

        ChecklistTask first = checklist.tasks().getFirst();
        assertThat(first.text()).isEqualTo("Stel het projectteam samen");
        assertThat(first.section()).isEqualTo("Voorbereiding");
        assertThat(first.deadline()).isEqualTo(new RelativeDeadline(Anchor.NOMINATION_DAY, -90));
        assertThat(first.role()).isEqualTo(Role.PROJECT_LEAD);
        assertThat(first.line()).isEqualTo(15);
        assertThat(checklist.tasks()).extracting(ChecklistTask::role).containsExactly(Role.PROJECT_LEAD, Role.MAYOR,
                Role.COORDINATOR, Role.GSB_CHAIR, Role.COMMUNICATIONS);
        assertThat(checklist.tasks().get(3).deadline()).hasToString("zitting-gsb+0d");
    }

    @Test
    void aTaskIdStaysTheSameWhenOtherTasksAreAddedOrMoved() {
        String one = "- [ ] Sluit de zitting {deadline: zitting-gsb+0d; role: voorzitter GSB}\n";
        String other = "- [ ] Open de zitting {deadline: zitting-gsb+0d; role: voorzitter GSB}\n";

        String alone = read(one).orThrow().checklists().getFirst().tasks().getFirst().id();
        String afterAnother = read(other + "## Einde\n" + one).orThrow().checklists().getFirst().tasks().get(1).id();

        assertThat(alone).isEqualTo(afterAnother).startsWith("zitting/").hasSize("zitting/".length() + 10);
    }

    @Test
    void theSameTaskTextTwiceGetsTwoDifferentIds() {
        String task = "- [ ] Tel opnieuw {deadline: zitting-gsb+0d; role: lid GSB}\n";

        List<ChecklistTask> tasks = read(task + task).orThrow().checklists().getFirst().tasks();

        assertThat(tasks.get(1).id()).isEqualTo(tasks.get(0).id() + "-2");
    }

    @Test
    void rolesAreReadWithoutMindingCaseSpacesOrAccents() {
        List<ChecklistTask> tasks = read("""
                - [ ] Een {deadline: verkiezingsdag-1d; role: Voorzitter  gsb}
                - [ ] Twee {deadline: verkiezingsdag-1d; role: coordinator}
                *   [ ] Drie {  deadline:verkiezingsdag-1d ;role:invoerder  }
                """).orThrow().checklists().getFirst().tasks();

        assertThat(tasks).extracting(ChecklistTask::role).containsExactly(Role.GSB_CHAIR, Role.COORDINATOR, Role.TYPIST);
    }

    @Test
    void aTaskLineInTheWrongFormIsReportedWithItsLine() {
        assertThat(problems("Tekst\n- [ ] Open de zitting\n")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_TASK);
            assertThat(problem.line()).isEqualTo(11);
        });
    }

    @Test
    void aTickedTaskIsNotATemplateTask() {
        assertThat(problems("- [x] Klaar {deadline: verkiezingsdag+0d; role: projectleider}\n"))
                .extracting(ContentProblem::code).containsExactly(ProblemCode.INVALID_TASK);
    }

    @Test
    void anUnknownAnchorOrAMissingSignIsReported() {
        assertThat(problems("""
                - [ ] Een {deadline: stemdag-1d; role: projectleider}
                - [ ] Twee {deadline: verkiezingsdag14d; role: projectleider}
                """)).extracting(ContentProblem::code, ContentProblem::line)
                .containsExactly(tuple(ProblemCode.INVALID_DEADLINE, 10),
                        tuple(ProblemCode.INVALID_DEADLINE, 11));
    }

    @Test
    void anUnknownRoleIsReportedWithTheListOfRoles() {
        assertThat(problems("- [ ] Een {deadline: verkiezingsdag-1d; role: wethouder}\n")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo(ProblemCode.INVALID_ROLE);
                    assertThat(problem.message()).contains("wethouder", "voorzitter GSB", "griffie");
                });
    }

    @Test
    void aChecklistWithoutTasksIsReported() {
        assertThat(problems("# Alleen een kop\n\nEn tekst.\n")).extracting(ContentProblem::code)
                .containsExactly(ProblemCode.NO_TASKS);
    }

    @Test
    void linesInsideACodeBlockAreNoTasks() {
        List<ChecklistTask> tasks = read("""
                ```
                - [ ] voorbeeld zonder deadline
                ```
                - [ ] Echt {deadline: verkiezingsdag+1d; role: griffie}
                """).orThrow().checklists().getFirst().tasks();

        assertThat(tasks).extracting(ChecklistTask::text).containsExactly("Echt");
    }

    @Test
    void theAnnotationsCanBeLeftOutForReading() {
        String body = "## Kop\n- [ ] Open de zitting {deadline: zitting-gsb+0d; role: voorzitter GSB}\nTekst {x}\n";

        assertThat(TaskLines.withoutAnnotations(body)).isEqualTo("## Kop\n- [ ] Open de zitting\nTekst {x}\n");
    }

    @Test
    void relativeDeadlinesReadAndWriteTheSameForm() {
        assertThat(RelativeDeadline.parse("kandidaatstelling-14d"))
                .contains(new RelativeDeadline(Anchor.NOMINATION_DAY, -14))
                .map(RelativeDeadline::toString).contains("kandidaatstelling-14d");
        assertThat(RelativeDeadline.parse("zitting-csb+3d")).map(RelativeDeadline::offsetDays).contains(3);
        assertThat(RelativeDeadline.parse("verkiezingsdag-0d")).map(RelativeDeadline::toString)
                .contains("verkiezingsdag+0d");
        assertThat(RelativeDeadline.parse("verkiezingsdag+1w")).isEmpty();
    }
}
