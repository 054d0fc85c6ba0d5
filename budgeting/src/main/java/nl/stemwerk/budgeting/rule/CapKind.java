package nl.stemwerk.budgeting.rule;

/** Which limits of {@link nl.stemwerk.budgeting.election.BudgetCaps} a rule applies. */
public enum CapKind {
    /** At most the cap per category ("thema"). */
    CATEGORY("category"),
    /** At most the cap per neighbourhood ("buurt"). */
    NEIGHBOURHOOD("neighbourhood");

    private final String idPart;

    CapKind(String idPart) {
        this.idPart = idPart;
    }

    String idPart() {
        return idPart;
    }
}
