package nl.stemwerk.eml.count;

/** The votes on one candidate in a 510, by the candidate's number on the list. */
public record CandidateCount(int candidateNumber, long votes) {
    public CandidateCount {
        if (candidateNumber < 1) {
            throw new IllegalArgumentException("candidateNumber must be 1 or more, not " + candidateNumber);
        }
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative: " + votes);
        }
    }
}
