package nl.stemwerk.turnout.count;

import java.util.Objects;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.results.VotersCounts;

/**
 * What turnout analysis needs from the count of one polling station (one column of an OSV4-3 file, one
 * {@code ReportingUnitVotes} of an EML 510b). The CSV reader fills it, and an EML adapter can fill it through
 * {@link #of(PollingStation, PollingStationResults, VotingDay)}.
 *
 * @param station      number, name, postcode and the reported called voters ("opgeroepen"); that last
 *                     figure is often not a district's electorate, see
 *                     {@link nl.stemwerk.turnout.figures.CalledVotersCheck}
 * @param voters       poll cards, proxy certificates, voter cards and admitted voters (fields A–D)
 * @param validVotes   valid ballots ("geldige stembiljetten")
 * @param blankVotes   blank ballots ("blanco stembiljetten")
 * @param invalidVotes invalid ballots ("ongeldige stembiljetten")
 * @param votingDay    election day or an early-voting day
 */
public record StationCount(PollingStation station, VotersCounts voters, long validVotes, long blankVotes,
                           long invalidVotes, VotingDay votingDay) {
    public StationCount {
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(voters, "voters");
        Objects.requireNonNull(votingDay, "votingDay");
        if (validVotes < 0 || blankVotes < 0 || invalidVotes < 0) {
            throw new IllegalArgumentException("Aantal stemmen kan niet negatief zijn");
        }
    }

    /** Adapter for the EML route: E is the valid total, F blank, G invalid. */
    public static StationCount of(PollingStation station, PollingStationResults results, VotingDay votingDay) {
        return new StationCount(station, results.voters(), results.votes().totalVotesCandidatesCount(),
                results.votes().blankVotesCount(), results.votes().invalidVotesCount(), votingDay);
    }

    public int number() {
        return station.number();
    }

    public String name() {
        return station.name();
    }

    public String postcode() {
        return station.postcode();
    }

    /** Called voters as reported for this column; 0 when the file gives none. */
    public long calledVoters() {
        return station.numberOfVoters().orElse(0);
    }

    /** Admitted voters ("toegelaten kiezers", field D). */
    public long admittedVoters() {
        return voters.totalAdmittedVotersCount();
    }

    /** Votes cast ("uitgebrachte stemmen"): valid + blank + invalid. */
    public long votesCast() {
        return validVotes + blankVotes + invalidVotes;
    }

    public boolean isEarly() {
        return votingDay.early();
    }
}
