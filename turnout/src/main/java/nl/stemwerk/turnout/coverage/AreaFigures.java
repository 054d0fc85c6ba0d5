package nl.stemwerk.turnout.coverage;

import java.math.BigDecimal;
import java.util.Objects;
import nl.stemwerk.turnout.cbs.AreaPopulation;
import nl.stemwerk.turnout.figures.Figure;
import nl.stemwerk.turnout.figures.Ratio;
import nl.stemwerk.turnout.geo.AreaLevel;

/**
 * The figures of one area (PC4, wijk or buurt). Every figure is either supported by the data or carries
 * the reason why not.
 *
 * @param code                 area code ("WK015301", "1217")
 * @param name                 area name; for PC4 the station names
 * @param level                PC4, wijk or buurt
 * @param electionDayStations  stations on election day; a mobile station counts for the share of the legal
 *                             opening day (13.5 hours) it stands in the area
 * @param population           eligible voters or inhabitants of the area
 * @param stationsPer1000      election-day stations per 1000 of the population
 * @param admittedVoters       voters admitted at the stations in the area, all days
 * @param earlyVotingShare     admitted on early days / all admitted in the area
 * @param proxyShare           proxy certificates / admitted voters in the area
 * @param turnout              votes cast / called voters of the election-day stations in the area, only
 *                             where the count gives real districts
 * @param distance             distance from home to the nearest election-day station
 */
public record AreaFigures(String code, String name, AreaLevel level, Figure<BigDecimal> electionDayStations,
                          Figure<AreaPopulation> population, Figure<BigDecimal> stationsPer1000,
                          Figure<Long> admittedVoters, Figure<Ratio> earlyVotingShare, Figure<Ratio> proxyShare,
                          Figure<Ratio> turnout, Figure<DistanceToStation> distance) {
    public AreaFigures {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(electionDayStations, "electionDayStations");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(stationsPer1000, "stationsPer1000");
        Objects.requireNonNull(admittedVoters, "admittedVoters");
        Objects.requireNonNull(earlyVotingShare, "earlyVotingShare");
        Objects.requireNonNull(proxyShare, "proxyShare");
        Objects.requireNonNull(turnout, "turnout");
        Objects.requireNonNull(distance, "distance");
    }
}
