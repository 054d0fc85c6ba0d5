package nl.stemwerk.eml.candidates;

import java.util.List;
import java.util.Objects;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/** The lists of one contest: "geen" in a municipal election, one electoral district ("kieskring") otherwise. */
public record CandidateContest(ContestIdentity contest, List<CandidateList> lists) {
    public CandidateContest {
        Objects.requireNonNull(contest, "contest");
        lists = List.copyOf(lists);
    }

    public List<PoliticalGroup> politicalGroups() {
        return lists.stream().map(CandidateList::group).toList();
    }

    public int numberOfCandidates() {
        return lists.stream().mapToInt(list -> list.group().candidates().size()).sum();
    }
}
