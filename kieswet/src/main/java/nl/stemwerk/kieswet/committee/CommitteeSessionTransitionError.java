package nl.stemwerk.kieswet.committee;

/** Why a session transition was refused. The name is the stable machine code. */
public enum CommitteeSessionTransitionError {
    INVALID_TRANSITION("Dit kan niet in de huidige stand van de zitting."),
    ENTRIES_NOT_DEFINITIVE("De invoer kan nog niet worden afgerond: niet alle processen-verbaal zijn definitief.");

    private final String dutchMessage;

    CommitteeSessionTransitionError(String dutchMessage) {
        this.dutchMessage = dutchMessage;
    }

    public String dutchMessage() {
        return dutchMessage;
    }
}
