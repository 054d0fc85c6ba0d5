package nl.stemwerk.app.knowledge.reading;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.app.knowledge.PageMarkdown;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The newsletter archive: every newsletter, newest first, and an index by topic ("it was in the newsletter, but
 * which one?").
 */
@Controller
class NewsletterController {
    private final KnowledgeContent content;
    private final RecentlyViewed recent;

    NewsletterController(KnowledgeContent content, RecentlyViewed recent) {
        this.content = content;
        this.recent = recent;
    }

    @GetMapping("/kennisbank/nieuwsbrieven")
    String archive(Model model) {
        List<Newsletter> newsletters = content.snapshot().knowledgeBase().newsletters().stream()
                .sorted(Comparator.comparing(Newsletter::date).reversed()).toList();
        Map<Topic, List<Newsletter>> byTopic = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            List<Newsletter> about = newsletters.stream().filter(n -> n.topics().contains(topic)).toList();
            if (!about.isEmpty()) {
                byTopic.put(topic, about);
            }
        }
        model.addAttribute("newsletters", newsletters);
        model.addAttribute("byTopic", byTopic);
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        return "knowledge/newsletters";
    }

    @GetMapping("/kennisbank/nieuwsbrieven/{id}")
    String newsletter(@PathVariable String id, Model model) {
        Newsletter newsletter = content.snapshot().knowledgeBase().newsletter(id).orElseThrow(NotFound::item);
        model.addAttribute("newsletter", newsletter);
        model.addAttribute("bodyHtml", PageMarkdown.toHtml(newsletter.body()));
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        CurrentUser.get().ifPresent(user -> recent.record(user.id(), DocumentKind.NEWSLETTER, id));
        return "knowledge/newsletter";
    }
}
