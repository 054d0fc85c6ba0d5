package nl.stemwerk.turnout.planning;

import java.math.BigDecimal;
import java.util.Optional;
import nl.stemwerk.turnout.coverage.AreaFigures;
import nl.stemwerk.turnout.coverage.DistanceToStation;

/**
 * One area before and after a what-if.
 *
 * @param before the figures with the current stations
 * @param after  the figures with the proposed station added
 */
public record AreaChange(AreaFigures before, AreaFigures after) {

    /** Change of the mean distance in metres (negative is closer), when known both times. */
    public Optional<Double> meanDistanceChangeMetres() {
        Optional<DistanceToStation> was = before.distance().toOptional();
        Optional<DistanceToStation> is = after.distance().toOptional();
        return was.isPresent() && is.isPresent() ? Optional.of(is.get().meanMetres() - was.get().meanMetres())
                : Optional.empty();
    }

    /** Change of the election-day stations in the area, when known both times. */
    public Optional<BigDecimal> stationChange() {
        Optional<BigDecimal> was = before.electionDayStations().toOptional();
        Optional<BigDecimal> is = after.electionDayStations().toOptional();
        return was.isPresent() && is.isPresent() ? Optional.of(is.get().subtract(was.get())) : Optional.empty();
    }

    public boolean changed() {
        return meanDistanceChangeMetres().map(d -> Math.abs(d) > 1e-9).orElse(false)
                || stationChange().map(c -> c.signum() != 0).orElse(false);
    }
}
