package nl.stemwerk.kieswet.apportionment;

/**
 * One candidate: the list number and the candidate's number on that list.
 *
 * @param listNumber      list number ("lijstnummer")
 * @param candidateNumber number on the list ("nummer op de lijst")
 */
public record CandidateId(int listNumber, int candidateNumber) implements Comparable<CandidateId> {
    @Override
    public int compareTo(CandidateId other) {
        int byList = Integer.compare(listNumber, other.listNumber);
        return byList != 0 ? byList : Integer.compare(candidateNumber, other.candidateNumber);
    }

    /** "lijst 2, kandidaat 5". */
    public String dutchLabel() {
        return "lijst " + listNumber + ", kandidaat " + candidateNumber;
    }
}
