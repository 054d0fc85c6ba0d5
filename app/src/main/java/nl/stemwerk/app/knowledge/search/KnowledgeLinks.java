package nl.stemwerk.app.knowledge.search;

import nl.stemwerk.knowledge.search.DocumentKind;

/** The page of every kind of kennisbank item. */
public final class KnowledgeLinks {
    public static final String HOME = "/kennisbank";

    private KnowledgeLinks() {
    }

    public static String of(DocumentKind kind, String id) {
        return switch (kind) {
            case ARTICLE -> HOME + "/artikelen/" + id;
            case FAQ -> HOME + "/vragen/" + id;
            case NEWSLETTER -> HOME + "/nieuwsbrieven/" + id;
            case CHECKLIST -> HOME + "/checklists/" + id;
            case DESK_ANSWER -> HOME + "/informatiepunt/" + id;
        };
    }
}
