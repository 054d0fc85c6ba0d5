package nl.stemwerk.turnout.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.count.VotingDay;

/**
 * The figures of one column of a count: how busy the station was and how its voters voted.
 *
 * @param number                 station number
 * @param name                   station name
 * @param postcode               station postcode, may be empty
 * @param votingDay              election day or an early day
 * @param admittedVoters         admitted voters: the load of the station
 * @param admittedPerOpeningHour admitted voters per hour the station was open, when hours are known
 * @param proxyShare             proxy certificates / admitted voters
 * @param blankRate              blank / votes cast
 * @param invalidRate            invalid / votes cast
 * @param calledVotersTurnout    votes cast / called voters, only where the called voters describe a real
 *                               district, and always with the free-choice caveat
 */
public record StationFigures(int number, String name, String postcode, VotingDay votingDay, long admittedVoters,
                             Figure<BigDecimal> admittedPerOpeningHour, Figure<Ratio> proxyShare,
                             Figure<Ratio> blankRate, Figure<Ratio> invalidRate, Figure<Ratio> calledVotersTurnout) {

    /**
     * Figures for every column of the count.
     *
     * @param openingHours hours open per station number; stations not in the map get no per-hour figure
     */
    public static List<StationFigures> allOf(ElectionCount count, Map<Integer, Duration> openingHours) {
        CalledVotersAssessment assessment = CalledVotersCheck.assess(count);
        return count.stations().stream().map(s -> of(s, assessment, openingHours)).toList();
    }

    static StationFigures of(StationCount station, CalledVotersAssessment assessment,
                             Map<Integer, Duration> openingHours) {
        long cast = station.votesCast();
        long admitted = station.admittedVoters();
        return new StationFigures(station.number(), station.name(), station.postcode(), station.votingDay(),
                admitted, perHour(admitted, openingHours.get(station.number())),
                Shares.of(station.voters().proxyCertificateCount(), admitted, "toegelaten kiezers"),
                Shares.of(station.blankVotes(), cast, "uitgebrachte stemmen"),
                Shares.of(station.invalidVotes(), cast, "uitgebrachte stemmen"),
                calledVotersTurnout(station, assessment));
    }

    private static Figure<BigDecimal> perHour(long admitted, Duration open) {
        if (open == null || open.isZero() || open.isNegative()) {
            return Figure.unknown(ReasonCode.OPENING_HOURS_UNKNOWN, "De openingstijden van dit stembureau zijn "
                    + "niet bekend, dus we weten niet hoeveel kiezers er per uur kwamen.");
        }
        BigDecimal hours = BigDecimal.valueOf(open.toMinutes()).divide(BigDecimal.valueOf(60), 4, RoundingMode.HALF_UP);
        return Figure.known(BigDecimal.valueOf(admitted).divide(hours, 1, RoundingMode.HALF_UP));
    }

    private static Figure<Ratio> calledVotersTurnout(StationCount station, CalledVotersAssessment assessment) {
        if (station.isEarly()) {
            return Figure.unknown(ReasonCode.EARLY_VOTING_HAS_NO_DISTRICT, "Dit is vervroegd stemmen. Daarvoor is "
                    + "niemand apart opgeroepen, dus er is geen opkomst van een stemdistrict.");
        }
        if (!assessment.usablePerStation()) {
            return Figure.unknown(ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT,
                    assessment.findings().getFirst().explanation());
        }
        for (CalledVotersFinding finding : assessment.findings()) {
            if (finding.stations().contains(station.number())) {
                ReasonCode code = finding.issue() == CalledVotersIssue.ADMITTED_ABOVE_CALLED
                        ? ReasonCode.CALLED_VOTERS_BELOW_ADMITTED : ReasonCode.CALLED_VOTERS_NOT_PER_DISTRICT;
                return Figure.unknown(code, finding.explanation());
            }
        }
        return Figure.known(new Ratio(station.votesCast(), station.calledVoters()), CalledVotersAssessment.caveat());
    }
}
