package nl.stemwerk.budgeting.pabulib;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the VOTES section.
 *
 * @param voterId    {@code voter_id}
 * @param projectIds {@code vote}: a set for approval ballots, best first for ordinal ones
 * @param points     {@code points}, parallel to {@code projectIds}; empty when the file has no points
 * @param attributes every other column by header name, as written (e.g. {@code age}, {@code sex},
 *                   {@code voting_method}, {@code neighbourhood})
 */
public record PbVote(String voterId, List<String> projectIds, List<Long> points, Map<String, String> attributes) {

    public PbVote {
        Objects.requireNonNull(voterId, "voterId");
        projectIds = List.copyOf(projectIds);
        points = List.copyOf(points);
        attributes = Map.copyOf(attributes);
    }

    /** The value of a column, empty when the column is missing, empty or {@code None}. */
    public Optional<String> attribute(String column) {
        return PbValues.present(attributes.get(column));
    }
}
