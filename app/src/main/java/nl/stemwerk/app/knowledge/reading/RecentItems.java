package nl.stemwerk.app.knowledge.reading;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.knowledge.content.KnowledgeContent;
import nl.stemwerk.app.knowledge.desk.DeskQuestion;
import nl.stemwerk.app.knowledge.desk.DeskService;
import nl.stemwerk.app.knowledge.search.RecentlyViewed;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.KnowledgeBase;
import org.springframework.stereotype.Component;

/** The pages a user recently opened, with their titles; pages removed since are left out. */
@Component
class RecentItems {
    static final int SHOWN = 8;

    private final RecentlyViewed recent;
    private final KnowledgeContent content;
    private final DeskService desk;

    RecentItems(RecentlyViewed recent, KnowledgeContent content, DeskService desk) {
        this.recent = recent;
        this.content = content;
        this.desk = desk;
    }

    /** A page to show in the list. */
    record Item(String kind, String title, String link) {
    }

    List<Item> of(StemwerkUser user) {
        if (user == null) {
            return List.of();
        }
        KnowledgeBase kb = content.snapshot().knowledgeBase();
        return recent.of(user.id(), SHOWN).stream().flatMap(viewed -> title(kb, viewed).map(title ->
                new Item(viewed.kind().label(), title, viewed.link())).stream()).toList();
    }

    private Optional<String> title(KnowledgeBase kb, RecentlyViewed.Viewed viewed) {
        return switch (viewed.kind()) {
            case ARTICLE -> kb.article(viewed.id()).map(a -> a.latest().title());
            case FAQ -> kb.faq(viewed.id()).map(ContentItem::title);
            case NEWSLETTER -> kb.newsletter(viewed.id()).map(ContentItem::title);
            case CHECKLIST -> kb.checklist(viewed.id()).map(ContentItem::title);
            case DESK_ANSWER -> parse(viewed.id()).flatMap(desk::find).map(DeskQuestion::title);
        };
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
