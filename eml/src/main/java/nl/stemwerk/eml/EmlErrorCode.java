package nl.stemwerk.eml;

/**
 * What went wrong with an EML file, as a stable machine code. The Dutch text for the user is in
 * {@link EmlException#getMessage()}; the app may key its own help texts on these codes.
 */
public enum EmlErrorCode {
    /** The file is larger than the configured limit ({@link EmlReadOptions#maxBytes()}). */
    FILE_TOO_LARGE,
    /** Elements are nested deeper than the configured limit ({@link EmlReadOptions#maxDepth()}). */
    NESTED_TOO_DEEPLY,
    /** The file has a DOCTYPE. EML_NL never has one; it is how XXE and entity-expansion attacks start. */
    DTD_NOT_ALLOWED,
    /** The file is not well-formed XML. */
    NOT_WELL_FORMED,
    /** The file stops before the XML is complete, e.g. after a broken download or copy. */
    TRUNCATED,
    /** The stream could not be read. */
    READ_FAILED,
    /** The root element is not {@code EML} in the EML namespace. */
    NOT_EML,
    /** The file is EML_NL, but another message than the one expected (e.g. a 230b where a 510b is expected). */
    WRONG_MESSAGE_TYPE,
    /** The file does not match the strict EML_NL schema of the Kiesraad. */
    SCHEMA_VIOLATION,
    /** A value Stemwerk needs is missing. */
    MISSING_VALUE,
    /** A value cannot be read (not a number, not a date, out of range). */
    INVALID_VALUE,
    /** The election category is one Stemwerk does not handle (e.g. a referendum). */
    UNSUPPORTED_ELECTION_CATEGORY,
    /** The election has no area ({@code kr:ElectionDomain}), which Stemwerk needs to set it up. */
    MISSING_ELECTION_DOMAIN,
    /** Two lists with the same number. */
    DUPLICATE_LIST_NUMBER,
    /** Two candidates with the same number on one list. */
    DUPLICATE_CANDIDATE_NUMBER,
    /** Two polling stations with the same number. */
    DUPLICATE_POLLING_STATION,
    /** Two reporting units with the same identifier in one contest. */
    DUPLICATE_REPORTING_UNIT,
    /** Votes for a candidate before any list in a count. */
    CANDIDATE_WITHOUT_LIST,
    /** A list total differs from the sum of the votes on its candidates. */
    LIST_TOTAL_MISMATCH,
    /** The valid votes ({@code TotalCounted}) differ from the sum of the list totals. */
    VALID_VOTES_MISMATCH,
    /** A figure in {@code TotalVotes} differs from the sum over the reporting units. */
    TOTALS_MISMATCH,
    /** The file is about another election than the files it must go with. */
    OTHER_ELECTION,
    /** The file is about another municipality (or area) than the files it must go with. */
    OTHER_MUNICIPALITY,
    /** The file is about another contest (electoral district) than the files it must go with. */
    OTHER_CONTEST,
    /** A count has votes for a list that is not on the candidate lists. */
    UNKNOWN_LIST,
    /** A count has votes for a candidate that is not on the candidate lists. */
    UNKNOWN_CANDIDATE
}
