package nl.stemwerk.app.budget;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.app.budget.importing.ImportedProject;
import nl.stemwerk.app.budget.importing.ProjectChecks;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import nl.stemwerk.budgeting.phase.BudgetPhaseException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Burgerbegrotingen of the home municipality: set-up, phases and projects. Every change is audited through
 * {@link ChangeService}; settings and projects change only until voting opens.
 */
@Service
public class BudgetService {
    private final BudgetRepository budgets;
    private final MunicipalityService municipalities;
    private final ChangeService changes;

    public BudgetService(BudgetRepository budgets, MunicipalityService municipalities, ChangeService changes) {
        this.budgets = budgets;
        this.municipalities = municipalities;
        this.changes = changes;
    }

    /** A new burgerbegroting in preparation; returns its id. */
    @Transactional
    public long create(BudgetSettings settings) {
        settings.validate();
        Municipality home = municipalities.home().orElseThrow(() -> InvalidInput.of("name",
                "Stel eerst de eigen gemeente in; een burgerbegroting hoort bij de eigen gemeente."));
        long id = budgets.insert(home.id(), settings);
        changes.apply(new Change("begroting.aangemaakt", subject(id), details(settings)), () -> { });
        return id;
    }

    /** Changes the settings, as long as voting has not opened and the projects still fit the areas and categories. */
    public void update(long id, int version, BudgetSettings settings) {
        settings.validate();
        Budget budget = get(id);
        requireEditable(budget);
        ProjectChecks.againstGroups(budgets.projects(id).stream().map(BudgetService::asImported).toList(),
                settings, "form");
        changes.apply(new Change("begroting.gewijzigd", subject(id), details(settings)),
                () -> budgets.update(id, version, settings));
    }

    /** Moves the budget to its next phase by the library's state machine, with the app's own preconditions. */
    public BudgetPhase transition(long id, int version, PhaseAction action) {
        Budget budget = get(id);
        BudgetPhase next;
        try {
            next = action.apply(budget.phase());
        } catch (BudgetPhaseException e) {
            throw InvalidInput.of("phase", e.getMessage());
        }
        if (action == PhaseAction.OPEN_VOTING) {
            requireReadyToVote(budget);
        }
        if (action == PhaseAction.PUBLISH_RESULT && !budgets.hasCount(id)) {
            throw InvalidInput.of("phase", "Tel eerst de stemmen. Daarna kunt u de uitslag bekendmaken.");
        }
        changes.apply(new Change("begroting.fase-gewijzigd", subject(id),
                Map.of("voor", budget.phase().name(), "na", next.name())),
                () -> budgets.updatePhase(id, version, next));
        return next;
    }

    /** Replaces all projects with those imported; only before voting opens, all or nothing. */
    public void replaceProjects(long id, List<ImportedProject> projects, String source) {
        Budget budget = get(id);
        requireEditable(budget);
        ProjectChecks.againstGroups(projects, budget.settings(), "file");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bron", source);
        details.put("projecten", projects.size());
        details.put("codes", projects.stream().map(ImportedProject::code).toList());
        changes.apply(new Change("begroting.projecten-ingelezen", subject(id), details),
                () -> budgets.replaceProjects(id, projects));
    }

    public Budget get(long id) {
        return budgets.find(id).orElseThrow(() -> InvalidInput.of("budget", "Deze burgerbegroting bestaat niet."));
    }

    public List<Budget> list() {
        return budgets.list();
    }

    /** What residents may see: everything but budgets in preparation or stopped. */
    public List<Budget> listPublic() {
        return budgets.list().stream().filter(BudgetService::isPublic).toList();
    }

    public static boolean isPublic(Budget budget) {
        return budget.phase() != BudgetPhase.PREPARATION && budget.phase() != BudgetPhase.CANCELLED;
    }

    /** Whether the votes have been counted (after which nothing can be added). */
    public boolean isCounted(long id) {
        return budgets.hasCount(id);
    }

    public List<BudgetProject> projects(long id) {
        return budgets.projects(id);
    }

    public static String subject(long id) {
        return "begroting:" + id;
    }

    private void requireReadyToVote(Budget budget) {
        List<BudgetProject> projects = budgets.projects(budget.id());
        if (projects.size() < 2) {
            throw InvalidInput.of("phase", "Lees eerst minstens twee projecten in. Daarna kan het stemmen open.");
        }
        int min = Math.max(1, budget.settings().minProjects());
        if (projects.size() < min) {
            throw InvalidInput.of("phase", "Inwoners moeten minstens " + min + " projecten kiezen, maar er staan er"
                    + " maar " + projects.size() + " op de lijst.");
        }
        if (projects.stream().noneMatch(p -> !p.cost().exceeds(budget.amount()))) {
            throw InvalidInput.of("phase", "Geen enkel project past in het budget.");
        }
    }

    private static void requireEditable(Budget budget) {
        if (!budget.editable()) {
            throw InvalidInput.of("phase", "Het stemmen is al begonnen. Instellingen en projecten kunnen niet meer"
                    + " veranderen.");
        }
    }

    private static ImportedProject asImported(BudgetProject p) {
        return new ImportedProject(0, p.code(), p.name(), p.description(), p.cost(), p.area(), p.categories());
    }

    private static Map<String, Object> details(BudgetSettings s) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("naam", s.name());
        details.put("budget", s.amount().toPlainString());
        details.put("stemwijze", s.method().name());
        details.put("minimum", s.minProjects());
        details.put("maximum", s.maxProjects() == null ? "geen" : s.maxProjects());
        details.put("rekenregel", s.ruleId());
        Set<String> groups = new HashSet<>();
        s.groups().forEach(g -> groups.add(g.kind() + ":" + g.name() + (g.hasCap() ? "=" + g.cap() : "")));
        details.put("groepen", groups.stream().sorted().toList());
        return details;
    }
}
