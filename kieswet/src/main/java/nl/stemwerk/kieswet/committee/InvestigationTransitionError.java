package nl.stemwerk.kieswet.committee;

/** Why an investigation transition was refused. The name is the stable machine code. */
public enum InvestigationTransitionError {
    INVALID_TRANSITION("Dit kan niet in de huidige stand van het onderzoek."),
    REQUIRES_NEW_RESULTS("Dit stembureau is in deze zitting toegevoegd. Voer daarom nieuwe uitslagen in."),
    SESSION_COMPLETED("De zitting is afgerond. Heropen eerst de zitting om de conclusie te wijzigen.");

    private final String dutchMessage;

    InvestigationTransitionError(String dutchMessage) {
        this.dutchMessage = dutchMessage;
    }

    public String dutchMessage() {
        return dutchMessage;
    }
}
