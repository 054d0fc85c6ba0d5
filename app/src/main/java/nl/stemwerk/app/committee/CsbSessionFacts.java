package nl.stemwerk.app.committee;

import java.time.Instant;
import java.util.List;
import nl.stemwerk.app.apportionment.CsbAllocation;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.apportionment.AllocationExplanation;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * Everything a finished CSB session adopts: what the proces-verbaal P 22-2, the 510d and the 520 are made from.
 *
 * @param election         the election
 * @param municipalityName the municipality
 * @param session          the CSB's session
 * @param attendance       the members present
 * @param objections       objections and particularities
 * @param result           the GSB's result as the CSB entered it twice
 * @param allocation       the completed seat allocation with the lots and the deceased
 * @param auditHead        the hash of the last row of the audit log
 * @param adoptedAt        when the session was finished
 */
public record CsbSessionFacts(StoredElection election, String municipalityName, CommitteeSession session,
                              List<Attendance> attendance, List<Objection> objections, DefinitiveResult result,
                              CsbAllocation.Allocated allocation, String auditHead, Instant adoptedAt)
        implements AdoptedSession {
    public CsbSessionFacts {
        attendance = List.copyOf(attendance);
        objections = List.copyOf(objections);
    }

    public ApportionmentOutcome.Completed completed() {
        return allocation.completed().orElseThrow();
    }

    public PollingStationResults total() {
        return result.results();
    }

    /** "How the seats were allocated", with list names, one line per paragraph. */
    public List<String> explanation() {
        return AllocationExplanation.of(completed(), allocation.input().listNames());
    }

    /** The elected candidates of a list with how they were elected. */
    public List<Elected> elected(PoliticalGroup list) {
        ListCandidates outcome = completed().election().ofList(list.number());
        List<Elected> elected = new java.util.ArrayList<>();
        outcome.electedByPreference().forEach(n -> elected.add(new Elected(candidate(list, n), true)));
        outcome.electedByListOrder().forEach(n -> elected.add(new Elected(candidate(list, n), false)));
        return elected;
    }

    /** The ranking of a list for later vacancies, as candidates. */
    public List<Candidate> ranking(PoliticalGroup list) {
        return completed().election().ofList(list.number()).ranking().stream().map(n -> candidate(list, n)).toList();
    }

    public long votes(int list, int candidate) {
        return allocation.input().candidateVotes(new nl.stemwerk.kieswet.apportionment.CandidateId(list, candidate));
    }

    private static Candidate candidate(PoliticalGroup list, int number) {
        return list.candidates().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    /** An elected candidate; {@code byPreference} for art. P 15, otherwise art. P 17. */
    public record Elected(Candidate candidate, boolean byPreference) {
    }
}
