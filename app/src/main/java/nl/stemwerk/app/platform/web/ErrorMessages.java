package nl.stemwerk.app.platform.web;

/** The Dutch sentence for an HTTP error status, for the API (pages have their own templates). */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> "De aanvraag klopt niet. Controleer wat u hebt ingevuld.";
            case 401 -> "Log eerst in.";
            case 403 -> "U hebt geen toegang tot deze pagina of actie.";
            case 404 -> "Deze pagina of dit gegeven bestaat niet.";
            case 405 -> "Deze actie kan hier niet.";
            case 409 -> "Iemand anders heeft dit net gewijzigd. Laad de pagina opnieuw en probeer het nog eens.";
            case 413 -> "Het bestand is te groot.";
            case 415 -> "Dit soort bestand of gegevens wordt hier niet geaccepteerd.";
            case 429 -> "Te veel pogingen. Wacht even en probeer het dan opnieuw.";
            case 503 -> "Stemwerk is even niet bereikbaar. Probeer het zo opnieuw.";
            default -> status >= 500
                    ? "Er ging iets mis in Stemwerk. Er is niets half opgeslagen. Probeer het opnieuw; lukt het niet, meld het dan bij de beheerder."
                    : "De aanvraag kon niet worden verwerkt.";
        };
    }
}
