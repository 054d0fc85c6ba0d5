package nl.stemwerk.eml.count;

import java.util.List;
import java.util.Objects;

/** A whole EML_NL 510b or 510d held in memory; for large files use {@link CountReader#stream} instead. */
public record Count(CountHeader header, List<CountContest> contests) {
    public Count {
        Objects.requireNonNull(header, "header");
        contests = List.copyOf(contests);
        if (contests.isEmpty()) {
            throw new IllegalArgumentException("A 510 has at least one contest");
        }
    }

    public int numberOfReportingUnits() {
        return contests.stream().mapToInt(contest -> contest.units().size()).sum();
    }
}
