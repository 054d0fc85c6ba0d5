package nl.stemwerk.turnout.planning;

/** The answer to one accessibility question, worst first. */
public enum ChecklistStatus {
    NOT_MET("nee"),
    PARTLY_MET("deels"),
    UNKNOWN("niet ingevuld"),
    MET("ja");

    private final String dutchName;

    ChecklistStatus(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
