package nl.stemwerk.kieswet.election;

/** A candidate's gender as published on the candidate list (EML {@code Gender}), when published. */
public enum Gender {
    MALE, FEMALE, X, UNKNOWN
}
