package nl.stemwerk.app.election.importing;

/**
 * The steps of the EML import wizard: election definition (110a), its hash code, candidate lists (230b), their hash
 * code, polling stations (110b), then the summary to confirm. Each method is a transition; an action that does not
 * fit the step is refused with {@link ImportStepException}. See {@code docs/state-machines/eml-import.md}.
 */
public enum ImportStep {
    /** Waiting for the election definition (EML 110a). */
    DEFINITION("de verkiezingsdefinitie inlezen"),
    /** The 110a is read; the user types two groups of its hash code from the paper list. */
    DEFINITION_HASH("de code van de verkiezingsdefinitie controleren"),
    /** Waiting for the candidate lists (EML 230b). */
    CANDIDATE_LISTS("de kandidatenlijsten inlezen"),
    /** The 230b is read; the user types two groups of its hash code. Another 230b may still replace it. */
    CANDIDATE_LISTS_HASH("de code van de kandidatenlijsten controleren"),
    /** Waiting for the polling stations (EML 110b). */
    POLLING_STATIONS("de stembureaus inlezen"),
    /** Everything is read and checked; the user confirms the summary (or reads another 110b). */
    CONFIRM("de samenvatting bevestigen"),
    /** Stored in one transaction; the wizard is done. */
    STORED("klaar");

    private final String dutchName;

    ImportStep(String dutchName) {
        this.dutchName = dutchName;
    }

    /** What the user does in this step, e.g. "de stembureaus inlezen". */
    public String dutchName() {
        return dutchName;
    }

    public ImportStep definitionRead() {
        return from(DEFINITION, DEFINITION, DEFINITION_HASH);
    }

    public ImportStep hashMatched() {
        if (this == DEFINITION_HASH) {
            return CANDIDATE_LISTS;
        }
        return from(CANDIDATE_LISTS_HASH, CANDIDATE_LISTS_HASH, POLLING_STATIONS);
    }

    public ImportStep candidateListsRead() {
        return from(CANDIDATE_LISTS, CANDIDATE_LISTS_HASH, CANDIDATE_LISTS_HASH);
    }

    public ImportStep pollingStationsRead() {
        return from(POLLING_STATIONS, CONFIRM, CONFIRM);
    }

    public ImportStep stored() {
        return from(CONFIRM, CONFIRM, STORED);
    }

    /** Whether a pending import in this step may be thrown away (everything but a stored one). */
    public boolean cancellable() {
        return this != STORED;
    }

    private ImportStep from(ImportStep first, ImportStep second, ImportStep next) {
        if (this != first && this != second) {
            throw new ImportStepException(this);
        }
        return next;
    }
}
