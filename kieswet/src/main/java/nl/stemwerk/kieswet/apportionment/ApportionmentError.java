package nl.stemwerk.kieswet.apportionment;

/** Why the input of a seat allocation was refused. The name is the stable machine code. */
public enum ApportionmentError {
    SEATS_OUT_OF_RANGE,
    NO_LISTS,
    LIST_NUMBER_INVALID,
    DUPLICATE_LIST,
    LIST_WITHOUT_CANDIDATES,
    NEGATIVE_VOTES,
    CANDIDATE_NUMBER_INVALID,
    DUPLICATE_CANDIDATE,
    LIST_VOTES_MISMATCH,
    VOTES_TOO_LARGE,
    UNKNOWN_DECEASED_CANDIDATE,
    LOT_DOES_NOT_MATCH,
    LOT_CHOICE_NOT_AN_OPTION,
    LOT_NOT_USED;

    /** The machine code, e.g. {@code SEATS_OUT_OF_RANGE}. */
    public String code() {
        return name();
    }
}
