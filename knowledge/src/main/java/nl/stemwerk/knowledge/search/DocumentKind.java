package nl.stemwerk.knowledge.search;

/**
 * What a search hit is. The weight multiplies the text score: newsletters are news of their day and checklists
 * are lists, so an article or FAQ with the same words ranks above them.
 */
public enum DocumentKind {
    ARTICLE("Artikel", 1.0),
    FAQ("Veelgestelde vraag", 1.0),
    DESK_ANSWER("Antwoord van het informatiepunt", 0.9),
    CHECKLIST("Checklist", 0.8),
    NEWSLETTER("Nieuwsbrief", 0.6);

    private final String label;
    private final double weight;

    DocumentKind(String label, double weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The Dutch name officials see. */
    public String label() {
        return label;
    }

    public double weight() {
        return weight;
    }
}
