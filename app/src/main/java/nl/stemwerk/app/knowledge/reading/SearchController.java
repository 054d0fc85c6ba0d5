package nl.stemwerk.app.knowledge.reading;

import java.util.List;
import nl.stemwerk.app.knowledge.search.KnowledgeLinks;
import nl.stemwerk.app.knowledge.search.KnowledgeSearch;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.FacetCount;
import nl.stemwerk.knowledge.search.SearchHit;
import nl.stemwerk.knowledge.search.SearchResult;
import nl.stemwerk.knowledge.search.Suggestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Search from every page: results from articles, FAQ, newsletters, checklists and desk answers in one list with
 * highlighted snippets, filters by topic, election and kind, "bedoelde u", and suggestions while typing.
 */
@Controller
class SearchController {
    private final KnowledgeSearch search;
    private final RecentItems recent;

    SearchController(KnowledgeSearch search, RecentItems recent) {
        this.search = search;
        this.recent = recent;
    }

    /** A filter value to click: on when chosen, with how many results it gives. */
    record Facet(String label, int count, boolean chosen, String href) {
    }

    /** The filters of one kind, under their heading. */
    record FacetGroup(String titleKey, List<Facet> facets) {
    }

    /** A suggestion: a page, or a completed query to search for. */
    record Link(String label, String kind, String href) {
    }

    /** One result and its page. */
    record Hit(SearchHit hit, String link) {
    }

    @GetMapping(SearchForm.PATH)
    String search(@RequestParam(name = "q", defaultValue = "") String query,
                  @RequestParam(name = "onderwerp", required = false) List<String> topics,
                  @RequestParam(name = "verkiezing", required = false) List<String> elections,
                  @RequestParam(name = "soort", required = false) List<String> kinds,
                  @RequestParam(name = "pagina", defaultValue = "1") String page, Model model) {
        SearchForm form = SearchForm.of(query, topics, elections, kinds, pageNumber(page));
        boolean asked = !form.query().isBlank() || form.filtered();
        model.addAttribute("form", form);
        model.addAttribute("asked", asked);
        model.addAttribute("recent", recent.of(CurrentUser.get().orElse(null)));
        if (!asked) {
            return "knowledge/search";
        }
        SearchResult result = search.search(form.request());
        model.addAttribute("result", result);
        model.addAttribute("hits", result.hits().stream().map(h -> new Hit(h, KnowledgeLinks.of(h.kind(), h.id())))
                .toList());
        model.addAttribute("facetGroups", List.of(
                new FacetGroup("knowledge.search.filter.topics", result.topics().stream()
                        .map(f -> facet(f, form, Topic.valueOf(f.value()))).toList()),
                new FacetGroup("knowledge.search.filter.elections", result.elections().stream()
                        .map(f -> facet(f, form, ElectionType.valueOf(f.value()))).toList()),
                new FacetGroup("knowledge.search.filter.kinds", result.kinds().stream()
                        .map(f -> facet(f, form, DocumentKind.valueOf(f.value()))).toList())));
        model.addAttribute("didYouMean", result.didYouMean().map(text -> form.withQuery(text).href()).orElse(null));
        model.addAttribute("didYouMeanText", result.didYouMean().orElse(null));
        model.addAttribute("clearFilters", form.withoutFilters().href());
        int pages = (int) Math.min((result.totalHits() + SearchForm.PAGE_SIZE - 1) / SearchForm.PAGE_SIZE, 100);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", form.page() > 1 ? form.atPage(form.page() - 1).href() : null);
        model.addAttribute("next", form.page() < pages ? form.atPage(form.page() + 1).href() : null);
        return "knowledge/search";
    }

    /** Suggestions while typing in the search box (an htmx fragment): pages by title and completed queries. */
    @GetMapping("/kennisbank/suggesties")
    String suggestions(@RequestParam(name = "q", defaultValue = "") String typed, Model model) {
        Suggestions suggestions = search.suggest(typed);
        model.addAttribute("pages", suggestions.pages().stream()
                .map(p -> new Link(p.title(), p.kind().label(), KnowledgeLinks.of(p.kind(), p.id()))).toList());
        model.addAttribute("queries", suggestions.queries().stream()
                .map(q -> new Link(q, "", SearchForm.of(q, null, null, null, 1).href())).toList());
        return "knowledge/fragments :: suggestions";
    }

    private static Facet facet(FacetCount count, SearchForm form, Topic topic) {
        return new Facet(count.label(), count.count(), form.topics().contains(topic), form.toggle(topic).href());
    }

    private static Facet facet(FacetCount count, SearchForm form, ElectionType election) {
        return new Facet(count.label(), count.count(), form.elections().contains(election),
                form.toggle(election).href());
    }

    private static Facet facet(FacetCount count, SearchForm form, DocumentKind kind) {
        return new Facet(count.label(), count.count(), form.kinds().contains(kind), form.toggle(kind).href());
    }

    private static int pageNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
