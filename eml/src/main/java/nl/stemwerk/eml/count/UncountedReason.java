package nl.stemwerk.eml.count;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reason codes of {@code UncountedVotes} in an EML_NL 510: the voter counts and the explanations of
 * differences of the proces-verbaal, in the order of the strict schema.
 */
public enum UncountedReason {
    /** A: "geldige stempassen". */
    VALID_POLL_CARDS("geldige stempassen"),
    /** B: "geldige volmachtbewijzen". */
    VALID_PROXY_CERTIFICATES("geldige volmachtbewijzen"),
    /** C: "geldige kiezerspassen". */
    VALID_VOTER_CARDS("geldige kiezerspassen"),
    /** D: "toegelaten kiezers". */
    ADMITTED_VOTERS("toegelaten kiezers"),
    /** I: "meer getelde stembiljetten". */
    MORE_BALLOTS_COUNTED("meer getelde stembiljetten"),
    /** J: "minder getelde stembiljetten". */
    FEWER_BALLOTS_COUNTED("minder getelde stembiljetten"),
    /** Voters took their ballot away instead of casting it ("meegenomen stembiljetten"). */
    BALLOTS_TAKEN_AWAY("meegenomen stembiljetten"),
    /** "te weinig uitgereikte stembiljetten". */
    TOO_FEW_BALLOTS_ISSUED("te weinig uitgereikte stembiljetten"),
    /** "te veel uitgereikte stembiljetten". */
    TOO_MANY_BALLOTS_ISSUED("te veel uitgereikte stembiljetten"),
    /** "geen briefstembiljetten". */
    NO_POSTAL_BALLOTS("geen briefstembiljetten"),
    /** "te veel briefstembiljetten". */
    TOO_MANY_POSTAL_BALLOTS("te veel briefstembiljetten"),
    /** "kwijtgeraakte stembiljetten". */
    LOST_BALLOTS("kwijtgeraakte stembiljetten"),
    /** "geen verklaring": differences without explanation. */
    NO_EXPLANATION("geen verklaring"),
    /** "andere verklaring": differences with another explanation. */
    OTHER_EXPLANATION("andere verklaring");

    private final String code;

    UncountedReason(String code) {
        this.code = code;
    }

    /** The {@code ReasonCode} as written in the file. */
    public String code() {
        return code;
    }

    public static Optional<UncountedReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
    }
}
