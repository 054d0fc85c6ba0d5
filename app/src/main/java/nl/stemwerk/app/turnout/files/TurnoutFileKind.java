package nl.stemwerk.app.turnout.files;

/** The kinds of file the turnout feature imports, each with the formats it accepts. */
public enum TurnoutFileKind {
    /** Results per polling station: the Kiesraad's osv4-3 CSV or an EML_NL 510b. */
    COUNT("telling", "Uitslag per stembureau (osv4-3 CSV of EML 510b)"),
    /** Polling stations in the Stembureaus Open Data Standaard, CSV or xlsx. */
    STATIONS("stembureaus", "Stembureaus volgens de Stembureaus Open Data Standaard (CSV of xlsx)"),
    /** CBS wijk and buurt boundaries (and optionally the municipality), GeoJSON or TopoJSON. */
    BOUNDARIES("grenzen", "Wijk- en buurtgrenzen van het CBS (GeoJSON of TopoJSON)"),
    /** CBS estimate of eligible voters per municipality, xlsx. */
    ELIGIBLE_VOTERS("kiesgerechtigden", "Kiesgerechtigden per gemeente van het CBS (xlsx)"),
    /** CBS key figures per wijk and buurt ("kerncijfers"), CSV: inhabitants. */
    POPULATION("inwoners", "Inwoners per wijk en buurt, CBS-kerncijfers (CSV)");

    private final String slug;
    private final String dutchDescription;

    TurnoutFileKind(String slug, String dutchDescription) {
        this.slug = slug;
        this.dutchDescription = dutchDescription;
    }

    /** The word used in URLs, forms and the command line, e.g. "telling". */
    public String slug() {
        return slug;
    }

    public String dutchDescription() {
        return dutchDescription;
    }

    /** Whether an import of this kind belongs to one municipality (all but the national CBS table). */
    public boolean perMunicipality() {
        return this != ELIGIBLE_VOTERS;
    }

    public static java.util.Optional<TurnoutFileKind> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
