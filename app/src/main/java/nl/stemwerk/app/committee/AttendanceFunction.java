package nl.stemwerk.app.committee;

/** The function in which a member attends a session of the committee. */
public enum AttendanceFunction {
    VOORZITTER("voorzitter"),
    LID("lid"),
    PLAATSVERVANGEND_LID("plaatsvervangend lid");

    private final String dutchName;

    AttendanceFunction(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }
}
