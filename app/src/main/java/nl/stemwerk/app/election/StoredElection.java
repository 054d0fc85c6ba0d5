package nl.stemwerk.app.election;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * An election as stored: the library's model with its lists and candidates, the counting method and the polling
 * stations.
 */
public record StoredElection(long id, Election election, CountingMethod countingMethod,
                             List<ElectionStation> stations) {
    public StoredElection {
        stations = List.copyOf(stations);
    }

    public ElectionSummary summary() {
        return new ElectionSummary(id, election.identifier(), election.name(), election.electionDate(),
                election.numberOfSeats(), countingMethod);
    }

    public List<PoliticalGroup> lists() {
        return election.politicalGroups();
    }

    public Optional<ElectionStation> station(int number) {
        return stations.stream().filter(s -> s.number() == number).findFirst();
    }

    public Optional<ElectionStation> stationById(long stationId) {
        return stations.stream().filter(s -> s.id() == stationId).findFirst();
    }

    public Optional<Candidate> candidate(int listNumber, int candidateNumber) {
        return election.politicalGroups().stream().filter(l -> l.number() == listNumber)
                .flatMap(l -> l.candidates().stream()).filter(c -> c.number() == candidateNumber).findFirst();
    }
}
