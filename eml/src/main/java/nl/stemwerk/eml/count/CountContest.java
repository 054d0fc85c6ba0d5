package nl.stemwerk.eml.count;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.eml.ContestIdentity;

/** One contest of a 510 held in memory: its totals (when present) and its reporting units in file order. */
public record CountContest(ContestIdentity contest, Optional<VoteCount> totals, List<ReportingUnitVotes> units) {
    public CountContest {
        Objects.requireNonNull(contest, "contest");
        totals = totals == null ? Optional.empty() : totals;
        units = List.copyOf(units);
    }
}
