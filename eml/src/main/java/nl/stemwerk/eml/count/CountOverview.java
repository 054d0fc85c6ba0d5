package nl.stemwerk.eml.count;

import java.util.List;
import java.util.Objects;

/** The result of streaming a 510: the header and, per contest, the totals and the number of reporting units. */
public record CountOverview(CountHeader header, List<ContestOverview> contests) {
    public CountOverview {
        Objects.requireNonNull(header, "header");
        contests = List.copyOf(contests);
    }

    public int numberOfReportingUnits() {
        return contests.stream().mapToInt(ContestOverview::reportingUnits).sum();
    }
}
