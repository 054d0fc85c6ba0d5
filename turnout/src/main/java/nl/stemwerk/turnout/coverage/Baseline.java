package nl.stemwerk.turnout.coverage;

import java.math.BigDecimal;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Ratio;

/**
 * The same figures for the whole municipality, measured the same way as the areas, so that an area can be
 * compared with it.
 *
 * @param stationsPer1000      election-day stations per 1000 over the areas with a known population
 * @param populationPerStation that population divided by the election-day stations
 * @param electionDayTurnout   votes cast / called voters over all election-day stations
 * @param distance             distance over all measuring points of the municipality
 */
public record Baseline(Figure<BigDecimal> stationsPer1000, Figure<BigDecimal> populationPerStation,
                       Figure<Ratio> electionDayTurnout, Figure<DistanceToStation> distance) {
}
