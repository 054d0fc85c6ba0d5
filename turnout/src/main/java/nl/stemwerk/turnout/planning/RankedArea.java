package nl.stemwerk.turnout.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.stemwerk.turnout.coverage.AreaFigures;

/**
 * One area in the planning list.
 *
 * @param rank       1 for the area where a station helps most
 * @param area       the figures the score was computed from
 * @param priority   need × reach, 0 to 1, three decimals (see {@link StationPlanning})
 * @param need       weighted shortage, 0 to 1
 * @param reach      share of a station's usual number of voters that lives here, at most 1
 * @param suggestion extra fixed station, mobile station or nothing
 * @param reasons    plain Dutch sentences explaining the score, one per figure used or missing
 */
public record RankedArea(int rank, AreaFigures area, BigDecimal priority, BigDecimal need, BigDecimal reach,
                         Suggestion suggestion, List<String> reasons) {
    public RankedArea {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(suggestion, "suggestion");
        reasons = List.copyOf(reasons);
    }
}
