package nl.stemwerk.app.knowledge.desk;

import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.Forms;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.render.MarkdownRenderer;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The information desk: every question and answer for the whole team, the form to ask, and the expert's answer. */
@Controller
class DeskController {
    private static final String DESK = "/kennisbank/informatiepunt";

    private final DeskService desk;
    private final RecentlyViewed recent;

    DeskController(DeskService desk, RecentlyViewed recent) {
        this.desk = desk;
        this.recent = recent;
    }

    @GetMapping(DESK)
    String list(Model model) {
        return listPage(model, "", "", "");
    }

    @PostMapping(DESK)
    @PreAuthorize(KnowledgeRoles.TEAM)
    String ask(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String details,
               @RequestParam(defaultValue = "") String topic, Model model) {
        return Forms.submit(model, () -> "redirect:" + DESK + "/" + desk.ask(CurrentUser.required(), title, details,
                topic) + "?gesteld", () -> listPage(model, title, details, topic));
    }

    private String listPage(Model model, String title, String details, String topic) {
        model.addAttribute("questions", desk.all());
        model.addAttribute("topics", Topic.values());
        model.addAttribute("title", title);
        model.addAttribute("details", details);
        model.addAttribute("topic", topic);
        model.addAttribute("quiet", desk.inQuietPeriod());
        model.addAttribute("member", KnowledgeRoles.isTeamMember(CurrentUser.get().orElse(null)));
        return "knowledge/desk";
    }

    @GetMapping(DESK + "/{id}")
    String question(@PathVariable long id, Model model) {
        DeskQuestion question = desk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        StemwerkUser me = CurrentUser.get().orElse(null);
        model.addAttribute("question", question);
        model.addAttribute("detailsHtml", MarkdownRenderer.toSafeHtml(question.details()));
        model.addAttribute("answerHtml", question.answer().map(a -> MarkdownRenderer.toSafeHtml(a.text())).orElse(""));
        model.addAttribute("expert", KnowledgeRoles.isExpert(me));
        model.addAttribute("editor", KnowledgeRoles.isEditor(me));
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", question.answer().map(DeskQuestion.Answer::text).orElse(""));
        }
        if (question.answered() && me != null) {
            recent.record(me.id(), DocumentKind.DESK_ANSWER, String.valueOf(id));
        }
        return "knowledge/desk-question";
    }

    @PostMapping(DESK + "/{id}/antwoord")
    @PreAuthorize(KnowledgeRoles.EXPERT)
    String answer(@PathVariable long id, @RequestParam int version, @RequestParam(defaultValue = "") String answer,
                  Model model) {
        return Forms.submit(model, () -> {
            desk.answer(CurrentUser.required(), id, version, answer);
            return "redirect:" + DESK + "/" + id + "?beantwoord";
        }, () -> {
            model.addAttribute("answer", answer);
            return question(id, model);
        });
    }
}
