package nl.stemwerk.kieswet.law;

/** A law whose articles Stemwerk implements, with the identifier of its consolidated text on wetten.overheid.nl. */
public enum Law {
    /** Kieswet (Elections Act). */
    KIESWET("BWBR0004627", "Kieswet");

    private final String bwbId;
    private final String dutchName;

    Law(String bwbId, String dutchName) {
        this.bwbId = bwbId;
        this.dutchName = dutchName;
    }

    public String bwbId() {
        return bwbId;
    }

    public String dutchName() {
        return dutchName;
    }

    /**
     * The dated link to the consolidated text, e.g. {@code https://wetten.overheid.nl/BWBR0004627/2026-01-01}.
     *
     * @param version the date of the consolidated text, {@code yyyy-mm-dd}
     */
    public String url(String version) {
        return "https://wetten.overheid.nl/" + bwbId + "/" + version;
    }
}
