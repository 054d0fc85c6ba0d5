package nl.stemwerk.app.knowledge.reading;

import java.util.List;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.app.platform.web.Navigation;
import nl.stemwerk.app.platform.web.Section;
import nl.stemwerk.knowledge.search.SearchRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The kennisbank's own page: search, the topic tiles with how much is in each, recently viewed pages, the parts. */
@Controller
class KnowledgeHomeController {
    private final KnowledgeSearch search;
    private final RecentItems recent;
    private final Navigation navigation;

    KnowledgeHomeController(KnowledgeSearch search, RecentItems recent, Navigation navigation) {
        this.search = search;
        this.recent = recent;
        this.navigation = navigation;
    }

    /** A topic tile: its label, how many items, and the page that lists them. */
    record Tile(String label, int count, String href) {
    }

    @GetMapping("/kennisbank")
    String home(Model model) {
        StemwerkUser me = CurrentUser.required();
        var result = search.search(SearchRequest.of(""));
        model.addAttribute("tiles", result.topics().stream().map(count -> new Tile(count.label(), count.count(),
                SearchForm.of("", List.of(count.value()), null, null, 1).href())).toList());
        model.addAttribute("total", result.totalHits());
        model.addAttribute("recent", recent.of(me));
        model.addAttribute("links", navigation.inSection(Section.KENNISBANK, me.roles()));
        model.addAttribute("editor", KnowledgeRoles.isEditor(me));
        return "knowledge/home";
    }
}
