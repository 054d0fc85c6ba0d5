package nl.stemwerk.app.knowledge.reading;

import java.util.Comparator;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.content.StoredFile;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.app.knowledge.PageMarkdown;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The frequently asked questions: newest first, because the list grows towards election day. */
@Controller
class FaqController {
    private final KnowledgeContent content;
    private final RecentlyViewed recent;

    FaqController(KnowledgeContent content, RecentlyViewed recent) {
        this.content = content;
        this.recent = recent;
    }

    @GetMapping("/kennisbank/vragen")
    String list(Model model) {
        model.addAttribute("faqs", content.snapshot().knowledgeBase().faqs().stream()
                .sorted(Comparator.comparing(Faq::updated).reversed().thenComparing(Faq::title)).toList());
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        return "knowledge/faqs";
    }

    @GetMapping("/kennisbank/vragen/{id}")
    String faq(@PathVariable String id, Model model) {
        Faq faq = content.snapshot().knowledgeBase().faq(id).orElseThrow(NotFound::item);
        model.addAttribute("faq", faq);
        model.addAttribute("bodyHtml", PageMarkdown.toHtml(faq.body()));
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        model.addAttribute("revision", content.snapshot().file(faq.path()).map(StoredFile::revision).orElse(0));
        CurrentUser.get().ifPresent(user -> recent.record(user.id(), DocumentKind.FAQ, id));
        return "knowledge/faq";
    }
}
