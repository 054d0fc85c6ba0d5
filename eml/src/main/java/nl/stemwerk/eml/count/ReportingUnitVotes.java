package nl.stemwerk.eml.count;

import java.util.List;
import java.util.Objects;

/** The counts of one reporting unit ({@code ReportingUnitVotes}), with any investigations of the GSB. */
public record ReportingUnitVotes(ReportingUnit unit, VoteCount votes, List<Investigation> investigations) {
    public ReportingUnitVotes {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(votes, "votes");
        investigations = List.copyOf(investigations);
    }

    public ReportingUnitVotes(ReportingUnit unit, VoteCount votes) {
        this(unit, votes, List.of());
    }
}
