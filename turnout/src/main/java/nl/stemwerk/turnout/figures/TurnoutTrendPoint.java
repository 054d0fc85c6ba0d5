package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One election in a municipality's turnout trend.
 *
 * @param turnout           the municipal figures
 * @param changeFromPrevious change in percentage points since the previous election with a known turnout
 */
public record TurnoutTrendPoint(MunicipalTurnout turnout, Figure<BigDecimal> changeFromPrevious) {
    public TurnoutTrendPoint {
        Objects.requireNonNull(turnout, "turnout");
        Objects.requireNonNull(changeFromPrevious, "changeFromPrevious");
    }
}
