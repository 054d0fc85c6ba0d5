package nl.stemwerk.app.knowledge;

import java.util.List;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionSummary;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import nl.stemwerk.app.knowledge.checklist.ChecklistService.TaskView;
import nl.stemwerk.app.knowledge.content.ContentEditor;
import nl.stemwerk.app.knowledge.content.SeedContent;
import nl.stemwerk.app.knowledge.desk.DeskService;
import nl.stemwerk.app.platform.demo.DemoSeedStep;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.knowledge.model.Topic;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo data of the kennisbank (the content itself is seeded in every mode): the GSB-session script as a task list for
 * the demo election GR2022 of West Maas en Waal, partly ticked off and assigned, and two questions at the
 * information desk, one answered.
 */
@Component
class KnowledgeDemo implements DemoSeedStep {
    static final String SCRIPT = "script-zitting-gsb";

    private final ContentEditor editor;
    private final SeedContent seed;
    private final ElectionService elections;
    private final ChecklistService checklists;
    private final DeskService desk;
    private final UserDetailsService users;

    KnowledgeDemo(ContentEditor editor, SeedContent seed, ElectionService elections, ChecklistService checklists,
                  DeskService desk, UserDetailsService users) {
        this.editor = editor;
        this.seed = seed;
        this.elections = elections;
        this.checklists = checklists;
        this.desk = desk;
        this.users = users;
    }

    @Override
    public String id() {
        return "kennisbank.demo";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void seed() {
        editor.seedIfEmpty(seed.files());
        elections.list().stream().filter(e -> e.identifier().equals("GR2022_WestMaasenWaal")).findFirst()
                .ifPresent(this::taskList);
        StemwerkUser typist = user("invoerder1");
        long answered = desk.ask(typist, "Waar halen de voorzitters op de verkiezingsdag de stembiljetten op?",
                "Vorige keer was dat niet voor iedereen duidelijk.", Topic.ORGANISATION_AND_PLANNING.name());
        desk.answer(user("coordinator"), answered, 0, """
                Bij ons haalt elke voorzitter de doos met stembiljetten op bij de balie van het gemeentehuis, \
                tussen 6.00 en 6.45 uur.

                - Neem uw identiteitsbewijs mee.
                - Teken de afgiftelijst.
                - Controleer samen met de baliemedewerker of de zegel van de doos heel is.""");
        desk.ask(user("gsb-lid"), "Hoe laat moet de sleutel van de sporthal terug na de telling?", "",
                Topic.POLLING_STATIONS.name());
    }

    private void taskList(ElectionSummary election) {
        long id = checklists.start(SCRIPT, election.id(), checklists.proposeFrom(election.id()));
        List<TaskView> tasks = checklists.view(id).tasks();
        for (TaskView task : tasks.subList(0, Math.min(6, tasks.size()))) {
            checklists.complete(id, task.task().id(), task.status().version());
        }
        if (tasks.size() > 7) {
            TaskView next = tasks.get(6);
            checklists.assign(id, next.task().id(), next.status().version(), "gsb-voorzitter");
        }
    }

    private StemwerkUser user(String username) {
        return (StemwerkUser) users.loadUserByUsername(username);
    }
}
