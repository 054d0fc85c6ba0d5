package nl.stemwerk.eml.count;

import java.util.Arrays;
import java.util.Optional;

/** The reason codes of {@code kr:ReportingUnitInvestigations/kr:Investigation} in an EML_NL 510. */
public enum InvestigationReason {
    /** DSO: "onderzocht vanwege onverklaard verschil". */
    UNEXPLAINED_DIFFERENCE("onderzocht vanwege onverklaard verschil"),
    /** DSO: "onderzocht vanwege andere fout". */
    OTHER_ERROR("onderzocht vanwege andere fout"),
    /** DSO: "uitslag gecorrigeerd". */
    RESULT_CORRECTED("uitslag gecorrigeerd"),
    /** CSO: "toegelaten kiezers opnieuw vastgesteld". */
    ADMITTED_VOTERS_REESTABLISHED("toegelaten kiezers opnieuw vastgesteld"),
    /** CSO: "onderzocht vanwege andere reden". */
    OTHER_REASON("onderzocht vanwege andere reden"),
    /** CSO: "stembiljetten deels herteld". */
    BALLOTS_PARTIALLY_RECOUNTED("stembiljetten deels herteld");

    private final String code;

    InvestigationReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InvestigationReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
