package nl.stemwerk.eml.candidates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;

/**
 * An EML_NL 230b: the candidate lists ("kandidatenlijsten") of an election, per contest. List numbers are unique
 * within a contest and candidate numbers within a list; the reader refuses a file where they are not.
 */
public record CandidateLists(EmlHeader header, ElectionIdentity election, List<CandidateContest> contests) {
    public CandidateLists {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        contests = List.copyOf(contests);
        if (contests.isEmpty()) {
            throw new IllegalArgumentException("A 230b has at least one contest");
        }
    }

    public Optional<CandidateContest> contest(String contestId) {
        return contests.stream().filter(contest -> contest.contest().id().equals(contestId)).findFirst();
    }

    public int numberOfLists() {
        return contests.stream().mapToInt(contest -> contest.lists().size()).sum();
    }

    public int numberOfCandidates() {
        return contests.stream().mapToInt(CandidateContest::numberOfCandidates).sum();
    }
}
