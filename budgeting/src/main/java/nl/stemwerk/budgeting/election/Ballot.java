package nl.stemwerk.budgeting.election;

import java.util.List;
import java.util.Objects;

/**
 * One resident's vote ("stem").
 *
 * @param voterId    a pseudonymous id, unique within the election (never a name or a BSN)
 * @param projectIds the projects chosen; for {@link VoteType#ORDINAL} best first
 * @param points     for cumulative and scoring ballots the points per project, parallel to {@code projectIds};
 *                   empty otherwise
 */
public record Ballot(String voterId, List<String> projectIds, List<Long> points) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
    }

    /** An approval or ordinal ballot. */
    public static Ballot of(String voterId, List<String> projectIds) {
        return new Ballot(voterId, projectIds, List.of());
    }
}
