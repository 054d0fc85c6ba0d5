package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import nl.stemwerk.kieswet.election.ElectionCategory;

/**
 * The figures of one municipality in one election. Turnout is only reliable at this level.
 *
 * @param municipalityCode     "GM" + 4 digits
 * @param municipalityName     e.g. "Nijmegen"
 * @param electionName         e.g. "Gemeenteraad Nijmegen 2022"
 * @param electionDate         election day
 * @param category             kind of election, when the name shows it
 * @param eligibleVoters       the electorate and its source
 * @param votesCast            valid + blank + invalid ballots, all days
 * @param admittedVoters       admitted voters, all days
 * @param turnout              votes cast / eligible voters ("opkomst")
 * @param earlyVotingShare     admitted voters on early days / all admitted voters
 * @param proxyShare           proxy certificates / admitted voters ("volmachten")
 * @param blankRate            blank / votes cast
 * @param invalidRate          invalid / votes cast
 * @param electionDayStations  number of election-day columns in the count
 * @param stationsPer1000      election-day stations per 1000 eligible voters
 */
public record MunicipalTurnout(String municipalityCode, String municipalityName, String electionName,
                               LocalDate electionDate, Optional<ElectionCategory> category,
                               Figure<EligibleVoters> eligibleVoters, long votesCast, long admittedVoters,
                               Figure<Ratio> turnout, Figure<Ratio> earlyVotingShare, Figure<Ratio> proxyShare,
                               Figure<Ratio> blankRate, Figure<Ratio> invalidRate, int electionDayStations,
                               Figure<BigDecimal> stationsPer1000) {
}
