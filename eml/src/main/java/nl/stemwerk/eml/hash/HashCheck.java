package nl.stemwerk.eml.hash;

/** The outcome of checking the two hash groups a user typed from the paper list. */
public enum HashCheck {
    /** Both groups are right: this is the file the paper list describes. */
    MATCHES("De code klopt. Dit is het juiste bestand."),
    /** A group is well formed but wrong: the file differs from the one on the paper list. */
    DIFFERENT("De code klopt niet. Kijk de code op de papieren lijst nog eens na. Klopt die wel, gebruik dit"
            + " bestand dan niet en vraag een nieuw bestand op."),
    /** A group is not four characters 0–9 or a–f. */
    NOT_FOUR_HEX_CHARACTERS("Vul in elk vak vier tekens in: de cijfers 0 tot en met 9 en de letters a tot en met f.");

    private final String dutchMessage;

    HashCheck(String dutchMessage) {
        this.dutchMessage = dutchMessage;
    }

    /** What to tell the user. */
    public String dutchMessage() {
        return dutchMessage;
    }
}
