package nl.stemwerk.app.knowledge.reading;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.knowledge.KnowledgeRoles;
import nl.stemwerk.app.knowledge.content.ContentSnapshot;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.content.StoredFile;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.web.CurrentUser;
import nl.stemwerk.knowledge.changes.WhatChanged;
import nl.stemwerk.knowledge.model.Article;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.app.knowledge.PageMarkdown;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An article with its law citations, its versions per election with every save (who, when), and "what changed"
 * between the versions for two elections.
 */
@Controller
class ArticleController {
    private final KnowledgeContent content;
    private final RecentlyViewed recent;

    ArticleController(KnowledgeContent content, RecentlyViewed recent) {
        this.content = content;
        this.recent = recent;
    }

    @GetMapping("/kennisbank/artikelen/{id}")
    String article(@PathVariable String id, @RequestParam(name = "versie", required = false) String edition,
                   Model model) {
        Article article = article(id);
        ArticleVersion shown = Edition.parse(edition).flatMap(article::version).orElse(article.latest());
        model.addAttribute("article", article);
        model.addAttribute("version", shown);
        model.addAttribute("latest", shown.equals(article.latest()));
        model.addAttribute("bodyHtml", PageMarkdown.toHtml(shown.body()));
        model.addAttribute("revisions", content.history("articles/" + id + "/"));
        model.addAttribute("editable", KnowledgeRoles.isEditor(CurrentUser.get().orElse(null)));
        model.addAttribute("revision", content.snapshot().file(shown.path()).map(StoredFile::revision).orElse(0));
        List<Edition> editions = article.versions().stream().map(ArticleVersion::appliesTo).toList();
        model.addAttribute("editions", editions);
        if (editions.size() > 1) {
            model.addAttribute("diffFrom", editions.get(editions.size() - 2));
            model.addAttribute("diffTo", editions.getLast());
        }
        CurrentUser.get().ifPresent(user -> recent.record(user.id(), DocumentKind.ARTICLE, id));
        return "knowledge/article";
    }

    @GetMapping("/kennisbank/artikelen/{id}/verschil")
    String difference(@PathVariable String id, @RequestParam(name = "van", defaultValue = "") String from,
                      @RequestParam(name = "naar", defaultValue = "") String to, Model model) {
        Article article = article(id);
        model.addAttribute("article", article);
        model.addAttribute("editions", content.snapshot().editions());
        Optional<Edition> older = Edition.parse(from);
        Optional<Edition> newer = Edition.parse(to);
        model.addAttribute("from", older.orElse(null));
        model.addAttribute("to", newer.orElse(null));
        if (older.isEmpty() || newer.isEmpty() || older.get().compareTo(newer.get()) >= 0) {
            model.addAttribute("problem", "knowledge.diff.order");
            return "knowledge/article-diff";
        }
        WhatChanged.diff(article, older.get(), newer.get()).ifPresentOrElse(diff -> {
            model.addAttribute("diff", diff);
            model.addAttribute("diffHtml", diff.toHtml());
        }, () -> model.addAttribute("problem", "knowledge.diff.notYet"));
        return "knowledge/article-diff";
    }

    @GetMapping("/kennisbank/veranderd")
    String changedSince(@RequestParam(name = "van", defaultValue = "") String from,
                        @RequestParam(name = "naar", defaultValue = "") String to, Model model) {
        ContentSnapshot snapshot = content.snapshot();
        List<Edition> editions = snapshot.editions();
        model.addAttribute("editions", editions);
        Optional<Edition> newer = Edition.parse(to).or(() -> editions.isEmpty() ? Optional.empty()
                : Optional.of(editions.getLast()));
        Optional<Edition> older = Edition.parse(from).or(() -> newer.flatMap(n -> editions.stream()
                .filter(e -> e.type() == n.type() && e.compareTo(n) < 0).reduce((a, b) -> b)));
        model.addAttribute("from", older.orElse(null));
        model.addAttribute("to", newer.orElse(null));
        if (older.isEmpty() || newer.isEmpty() || older.get().compareTo(newer.get()) >= 0) {
            model.addAttribute("problem", "knowledge.diff.order");
            return "knowledge/changed";
        }
        model.addAttribute("changes", WhatChanged.between(snapshot.knowledgeBase(), older.get(), newer.get()));
        return "knowledge/changed";
    }

    private Article article(String id) {
        return content.snapshot().knowledgeBase().article(id).orElseThrow(NotFound::item);
    }
}
