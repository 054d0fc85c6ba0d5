package nl.stemwerk.app.knowledge.content;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.KnowledgeTime;
import nl.stemwerk.app.knowledge.checklist.ChecklistService;
import nl.stemwerk.app.knowledge.desk.DeskQuestion;
import nl.stemwerk.app.knowledge.desk.DeskService;
import nl.stemwerk.app.knowledge.search.KnowledgeLinks;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.render.MarkdownRenderer;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The kennisbeheerder's pages: the content overview, the form to write or change an item (Markdown with a preview
 * rendered by the library), a new version of an article for another election, and removing an item.
 */
@Controller
@PreAuthorize(KnowledgeRoles.EDIT)
class ContentEditController {
    static final String HOME = "/kennisbank/redactie";
    private static final String NEW = "new";
    private static final String EDIT = "edit";
    private static final String VERSION = "version";

    private final KnowledgeContent content;
    private final ContentEditor editor;
    private final DeskService desk;
    private final ChecklistService checklists;
    private final Clock clock;

    ContentEditController(KnowledgeContent content, ContentEditor editor, DeskService desk,
                          ChecklistService checklists, Clock clock) {
        this.content = content;
        this.editor = editor;
        this.desk = desk;
        this.checklists = checklists;
        this.clock = clock;
    }

    @GetMapping(HOME)
    String overview(Model model) {
        ContentSnapshot snapshot = content.snapshot();
        model.addAttribute("files", snapshot.files().values().stream()
                .sorted(Comparator.comparing(StoredFile::path)).toList());
        model.addAttribute("titles", snapshot.knowledgeBase().items()
                .collect(Collectors.toMap(ContentItem::path, ContentItem::title)));
        model.addAttribute("storedProblems", snapshot.problems());
        model.addAttribute("types", ContentType.values());
        return "knowledge/edit-overview";
    }

    @GetMapping(HOME + "/nieuw")
    String create(@RequestParam(name = "soort", defaultValue = "ARTICLE") ContentType type,
                  @RequestParam(name = "vraag", required = false) Long question, Model model) {
        ItemDraft draft = ItemDraft.blank(type);
        if (question != null && type == ContentType.FAQ) {
            DeskQuestion asked = desk.find(question).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND));
            String answer = asked.answer().map(DeskQuestion.Answer::text).orElse("");
            draft = new ItemDraft(type, "", asked.title(), firstLine(answer), asked.topic().name(),
                    List.of(ElectionType.GR.name()), "", "", "", "", "", List.of(), "", answer);
        }
        return form(model, draft, 0, question, NEW);
    }

    @GetMapping(HOME + "/bewerken")
    String edit(@RequestParam(name = "pad") String path, Model model) {
        ContentItem item = item(path);
        return form(model, ItemDraft.of(item), revision(path), null, EDIT);
    }

    @GetMapping(HOME + "/nieuwe-versie")
    String newVersion(@RequestParam(name = "artikel") String articleId,
                      @RequestParam(name = "verkiezing", defaultValue = "") String edition, Model model) {
        var article = content.snapshot().knowledgeBase().article(articleId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND));
        String next = edition.isBlank() ? nextEdition(article.latest().appliesTo()) : edition.trim();
        return form(model, ItemDraft.of(article.latest()).asVersionFor(next), 0, null, VERSION);
    }

    @PostMapping(HOME + "/opslaan")
    String save(@ModelAttribute("draft") ItemDraft draft, @RequestParam(defaultValue = "0") int basedOn,
                @RequestParam(name = "vraag", required = false) Long question,
                @RequestParam(defaultValue = NEW) String mode, Model model) {
        LocalDate today = KnowledgeTime.today(clock);
        return Forms.submit(model, () -> {
            if (draft.type() == null) {
                throw InvalidInput.of("form", "Kies wat voor tekst het is.");
            }
            String path = draft.path();
            try {
                editor.save(path, draft.fileText(today), basedOn);
            } catch (ContentRejected e) {
                throw new InvalidInput(draft.fieldProblems(e.problems(), today));
            }
            if (question != null) {
                desk.madeIntoFaq(question, draft.id());
            }
            return "redirect:" + savedLink(draft);
        }, () -> form(model, draft, basedOn, question, mode));
    }

    /** The body as the page will show it, rendered by the library (safe HTML), for the preview while editing. */
    @PostMapping(HOME + "/voorbeeld")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("previewHtml", MarkdownRenderer.toSafeHtml(body));
        return "knowledge/fragments :: preview";
    }

    @GetMapping(HOME + "/verwijderen")
    String confirmRemoval(@RequestParam(name = "pad") String path, Model model) {
        model.addAttribute("item", item(path));
        model.addAttribute("path", path);
        model.addAttribute("revision", revision(path));
        return "knowledge/edit-remove";
    }

    @PostMapping(HOME + "/verwijderen")
    String remove(@RequestParam(name = "pad") String path, @RequestParam int revision, Model model) {
        ContentItem item = item(path);
        return Forms.submit(model, () -> {
            if (item.metadata().type() == ContentType.CHECKLIST && checklists.templateInUse(item.id())) {
                throw InvalidInput.of("form", "Deze checklist wordt gebruikt in een takenlijst en kan niet weg.");
            }
            try {
                editor.remove(path, revision);
            } catch (ContentRejected e) {
                throw InvalidInput.of("form", String.join(" ", e.problems().stream().map(FileProblem::describe)
                        .toList()));
            }
            return "redirect:" + HOME + "?verwijderd";
        }, () -> confirmRemoval(path, model));
    }

    /**
     * @param mode {@value #NEW} (id and election typed), {@value #EDIT} (a stored file: both fixed) or
     *             {@value #VERSION} (a new version of an article: id fixed, election typed)
     */
    private String form(Model model, ItemDraft draft, int basedOn, Long question, String mode) {
        model.addAttribute("draft", draft);
        model.addAttribute("basedOn", basedOn);
        model.addAttribute("question", question);
        model.addAttribute("mode", List.of(NEW, EDIT, VERSION).contains(mode) ? mode : NEW);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("electionTypes", ElectionType.values());
        model.addAttribute("previewHtml", MarkdownRenderer.toSafeHtml(draft.body()));
        return "knowledge/edit-form";
    }

    private ContentItem item(String path) {
        return content.snapshot().knowledgeBase().items().filter(i -> i.path().equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private int revision(String path) {
        return content.snapshot().file(path).map(StoredFile::revision).orElse(0);
    }

    /** The saved item's page, which then says it was saved. */
    private static String savedLink(ItemDraft draft) {
        return switch (draft.type()) {
            case ARTICLE -> KnowledgeLinks.of(DocumentKind.ARTICLE, draft.id()) + "?versie=" + draft.appliesTo()
                    + "&opgeslagen";
            case FAQ -> KnowledgeLinks.of(DocumentKind.FAQ, draft.id()) + "?opgeslagen";
            case NEWSLETTER -> KnowledgeLinks.of(DocumentKind.NEWSLETTER, draft.id()) + "?opgeslagen";
            case CHECKLIST -> KnowledgeLinks.of(DocumentKind.CHECKLIST, draft.id()) + "?opgeslagen";
        };
    }

    /** The same kind of election, four years on: council, provincial and water board elections are four-yearly. */
    private static String nextEdition(Edition latest) {
        return latest.type().name() + (latest.year() + 4);
    }

    private static String firstLine(String text) {
        return Optional.of(text.strip().lines().findFirst().orElse("")).map(line -> line.length() > 250
                ? line.substring(0, 250) : line).orElse("");
    }
}
