package nl.stemwerk.knowledge.format;

/**
 * Every way a content file can be wrong. The constant's name is the stable machine code; the text is the Dutch
 * message (B1) that editors see, filled in with the key, value or line it is about.
 */
public enum ProblemCode {
    UNREADABLE("Het bestand kan niet worden gelezen: %s."),
    NOT_UTF8("Het bestand is niet als UTF-8 opgeslagen. Sla het op als UTF-8 en probeer het opnieuw."),
    UNEXPECTED_LOCATION("Dit bestand staat op een plek waar geen inhoud hoort. Zet artikelen in "
            + "articles/<id>/<verkiezing>.md en vragen, nieuwsbrieven en checklists in faq/, newsletters/ "
            + "of checklists/."),
    NO_FRONT_MATTER("De eerste regel moet '---' zijn. Daar begint het kopblok met de gegevens van de tekst."),
    FRONT_MATTER_NOT_CLOSED("Het kopblok is niet afgesloten. Zet na de laatste sleutel een regel met alleen '---'."),
    NOT_A_KEY_VALUE("Deze regel in het kopblok heeft niet de vorm 'sleutel: waarde': \"%s\"."),
    UNKNOWN_KEY("De sleutel '%s' bestaat niet. Gebruik alleen: %s."),
    KEY_NOT_FOR_TYPE("De sleutel '%s' hoort niet bij het type %s. Bij dit type horen: %s."),
    DUPLICATE_KEY("De sleutel '%s' staat twee keer in het kopblok (ook op regel %d)."),
    MISSING_KEY("De sleutel '%s' ontbreekt. Het type %s heeft die altijd nodig."),
    EMPTY_VALUE("De sleutel '%s' heeft geen waarde. Vul die in."),
    EMPTY_BODY("Onder het kopblok staat geen tekst."),
    INVALID_ID("Het id '%s' mag alleen kleine letters, cijfers en losse streepjes bevatten, bijvoorbeeld "
            + "'stempas-kwijt'."),
    INVALID_TYPE("Het type '%s' bestaat niet. Kies uit: article, faq, newsletter, checklist."),
    INVALID_TOPIC("Het onderwerp '%s' is geen tegel. Kies precies een van: %s.%s"),
    INVALID_ELECTION("De verkiezing '%s' kennen we niet. Kies uit: GR, TK, PS, AB, EP, EK.%s"),
    INVALID_EDITION("'%s' is geen verkiezing met jaartal. Schrijf het zo: GR2026."),
    INVALID_DATE("'%s' is geen datum. Schrijf een datum zo: 2026-03-18."),
    INVALID_NUMBER("'%s' is geen nummer van een nieuwsbrief. Schrijf het zo: 2026-03."),
    DUPLICATE_VALUE("'%s' staat twee keer in de lijst bij '%s'."),
    TYPE_NOT_FOLDER("Het type is '%s', maar het bestand staat in de map '%s'. Zet het in de map '%s'."),
    ID_NOT_FILE_NAME("Het id '%s' past niet bij de plek van het bestand. Daar hoort het id '%s'."),
    VERSION_NOT_FILE_NAME("Bij applies_to staat '%s', maar het bestand heet '%s'. Die twee moeten gelijk zijn."),
    EDITION_NOT_IN_ELECTIONS("Bij applies_to staat '%s', maar %s staat niet bij elections."),
    MISSING_LAW("Een artikel noemt altijd minstens één wetsartikel bij 'law', bijvoorbeeld 'Kieswet art. J 1'."),
    DUPLICATE_ID("Het id '%s' is ook gebruikt in %s. Elk id mag maar één keer voorkomen."),
    MISSING_CHANGE_NOTE("Deze versie volgt op de versie voor %s. Schrijf bij 'change_note' in één regel wat er "
            + "is veranderd."),
    INVALID_TASK("Deze taakregel heeft niet de vorm '- [ ] taak {deadline: verkiezingsdag-14d; role: "
            + "projectleider}': \"%s\"."),
    INVALID_DEADLINE("De deadline '%s' klopt niet. Schrijf bijvoorbeeld 'kandidaatstelling-14d' of "
            + "'verkiezingsdag+0d'. Mogelijke dagen: kandidaatstelling, verkiezingsdag, zitting-gsb, zitting-csb."),
    INVALID_ROLE("De rol '%s' kennen we niet. Kies uit: %s."),
    NO_TASKS("Deze checklist heeft geen enkele taak. Een taakregel begint met '- [ ]'.");

    private final String template;

    ProblemCode(String template) {
        this.template = template;
    }

    /** The Dutch message with the details filled in. */
    public String message(Object... details) {
        return template.formatted(details);
    }
}
