package nl.stemwerk.app.budget;

import nl.stemwerk.budgeting.rule.CapKind;

/** What a group of projects is: an area ("buurt", "kern") or a category ("thema"). */
public enum GroupKind {
    AREA(CapKind.NEIGHBOURHOOD),
    CATEGORY(CapKind.CATEGORY);

    private final CapKind capKind;

    GroupKind(CapKind capKind) {
        this.capKind = capKind;
    }

    /** The library's cap that belongs to this kind of group. */
    public CapKind capKind() {
        return capKind;
    }
}
