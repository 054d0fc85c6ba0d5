package nl.stemwerk.app.committee;

import java.time.Instant;
import java.util.List;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.results.CandidateVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * Everything a finished GSB session adopts: what its documents (proces-verbaal, EML 510b, osv4-3 CSV) are made from.
 *
 * @param election         the election with its lists, candidates and stations
 * @param municipalityName the municipality
 * @param session          the session, with place, date and time
 * @param attendance       the members present
 * @param objections       objections and particularities
 * @param results          the definitive result of every polling station, in station order
 * @param total            the municipality's total (art. N 11 / Na 31: the sum of the stations)
 * @param warnings         the warnings with the committee's explanations
 * @param auditHead        the hash of the last row of the audit log when the session was finished
 * @param adoptedAt        when the session was finished
 */
public record GsbSessionFacts(StoredElection election, String municipalityName, CommitteeSession session,
                              List<Attendance> attendance, List<Objection> objections, List<DefinitiveResult> results,
                              PollingStationResults total, List<WarningToExplain> warnings, String auditHead,
                              Instant adoptedAt) implements AdoptedSession {
    public GsbSessionFacts {
        attendance = List.copyOf(attendance);
        objections = List.copyOf(objections);
        results = List.copyOf(results);
        warnings = List.copyOf(warnings);
    }

    /** The votes of every candidate of a list in the municipality. */
    public List<CandidateTotal> candidates(PoliticalGroup list) {
        CandidateVotes votes = total.candidateVotes().stream().filter(c -> c.politicalGroupNumber() == list.number())
                .findFirst().orElseThrow();
        return list.candidates().stream().map(c -> new CandidateTotal(c, votes.candidateVotes().get(c.number() - 1)))
                .toList();
    }

    /** The total of a list in the municipality. */
    public long listTotal(int listNumber) {
        return total.votes().politicalGroupTotalVotes().stream().filter(t -> t.number() == listNumber)
                .mapToLong(t -> t.total()).findFirst().orElse(0);
    }

    /** The number of voters called: the sum over the stations that know it, or {@code null} when none does. */
    public Long voters() {
        if (election.stations().stream().allMatch(s -> s.voters() == null)) {
            return null;
        }
        return election.stations().stream().filter(s -> s.voters() != null).mapToLong(ElectionStation::voters).sum();
    }

    /** A candidate with their votes. */
    public record CandidateTotal(Candidate candidate, long votes) {
    }
}
