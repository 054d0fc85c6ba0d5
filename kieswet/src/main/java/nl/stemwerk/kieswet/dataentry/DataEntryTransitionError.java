package nl.stemwerk.kieswet.dataentry;

/** Why a data-entry transition was refused. The name is the stable machine code. */
public enum DataEntryTransitionError {
    /** The action does not exist in this state. */
    INVALID_TRANSITION("Dit kan niet in de huidige stand van de invoer."),
    /** Another typist is already typing the first entry. */
    FIRST_ENTRY_ALREADY_CLAIMED("Een andere invoerder is al met de eerste invoer bezig."),
    /** Another typist is already typing the second entry. */
    SECOND_ENTRY_ALREADY_CLAIMED("Een andere invoerder is al met de tweede invoer bezig."),
    /** The first entry is finished; it can no longer be changed by its typist. */
    FIRST_ENTRY_ALREADY_FINALISED("De eerste invoer is al afgerond."),
    /** Both entries were equal and the result is definitive; only the coordinator can reset it. */
    ALREADY_DEFINITIVE("De uitslag is al definitief. Alleen de coördinator kan de invoer opnieuw laten beginnen."),
    /** Only the typist who claimed an entry may save, finalise or discard it. */
    NOT_THE_TYPIST_OF_THIS_ENTRY("Alleen de invoerder die deze invoer begon, kan die opslaan, afronden of"
            + " verwijderen."),
    /** The four-eyes principle: the second entry must be typed by someone else (WPV, art. P 20a Kieswet). */
    SECOND_ENTRY_NEEDS_DIFFERENT_TYPIST("De tweede invoer moet door een andere invoerder worden gedaan dan de"
            + " eerste."),
    /** An entry can be sent back for correction only when the entry kept has no errors. */
    CORRECTION_NOT_ALLOWED("Terugsturen voor correctie kan niet: de invoer die blijft staan heeft fouten. Los eerst"
            + " die fouten op."),
    /** The entry is for another form than the one being entered. */
    WRONG_MODEL("Deze invoer hoort bij een ander proces-verbaal."),
    /** Reset asked while nothing was entered. */
    ALREADY_EMPTY("Er is nog niets ingevoerd.");

    private final String dutchMessage;

    DataEntryTransitionError(String dutchMessage) {
        this.dutchMessage = dutchMessage;
    }

    public String dutchMessage() {
        return dutchMessage;
    }
}
