package nl.stemwerk.eml.count;

import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.eml.ContestIdentity;

/** What {@link CountReader#stream} keeps of a contest: its totals and how many reporting units it had. */
public record ContestOverview(ContestIdentity contest, Optional<VoteCount> totals, int reportingUnits) {
    public ContestOverview {
        Objects.requireNonNull(contest, "contest");
        totals = totals == null ? Optional.empty() : totals;
    }
}
