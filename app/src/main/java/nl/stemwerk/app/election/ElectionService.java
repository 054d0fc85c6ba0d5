package nl.stemwerk.app.election;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections of the home municipality. {@link #store} is the one way an election enters Stemwerk: from the demo
 * seed now, from the EML import wizard (110a, 230b, 110b) later.
 */
@Service
public class ElectionService {
    private final ElectionRepository elections;
    private final ElectionCache cache;
    private final MunicipalityService municipalities;
    private final CommitteeSessionService sessions;
    private final ChangeService changes;

    public ElectionService(ElectionRepository elections, ElectionCache cache, MunicipalityService municipalities,
                           CommitteeSessionService sessions, ChangeService changes) {
        this.elections = elections;
        this.cache = cache;
        this.municipalities = municipalities;
        this.sessions = sessions;
        this.changes = changes;
    }

    /**
     * Stores a complete election of the home municipality with its lists, candidates and polling stations, and
     * creates the first sessions of the GSB and CSB, all in one audited transaction: either all of it is stored or
     * nothing is. Each station is linked to the municipality's station with the same number (added when missing).
     *
     * @return the new election's id
     * @throws InvalidInput when the election is not of the home municipality, already exists, or is incomplete
     */
    @Transactional
    public long store(Election election, CountingMethod countingMethod, List<PollingStation> stations) {
        Municipality home = municipalities.home().orElseThrow(() -> InvalidInput.of("domain",
                "Stel eerst de eigen gemeente in; een verkiezing hoort bij de eigen gemeente."));
        validate(election, stations, home);
        long id = changes.apply(new Change("verkiezing.aangemaakt", "verkiezing:" + election.identifier(),
                summary(election, countingMethod, stations)), () -> {
                    long electionId = elections.insert(home.id(), election, countingMethod);
                    election.politicalGroups().forEach(list -> elections.insertList(electionId, list));
                    for (PollingStation station : stations) {
                        long pollingStationId = municipalities.stationFor(home, new MunicipalityService.NewPollingStation(
                                station.number(), station.name(), station.postcode(), dutchType(station.type())));
                        elections.insertStation(electionId, pollingStationId, station);
                    }
                    return electionId;
                });
        sessions.createFirstSessions(id);
        return id;
    }

    /**
     * Adds a polling station to an election after its first GSB session, when the CSB orders the GSB to add a station
     * it missed (decision 0022). Linked to the municipality's station with the same number, as in {@link #store}.
     */
    @Transactional
    public ElectionStation addStation(long electionId, PollingStation station) {
        StoredElection election = get(electionId);
        if (election.station(station.number()).isPresent()) {
            throw InvalidInput.of("station", "Stembureau " + station.number() + " hoort al bij deze verkiezing.");
        }
        if (station.name().isBlank() || station.name().length() > 300) {
            throw InvalidInput.of("name", "Vul de naam van het stembureau in (hoogstens 300 tekens).");
        }
        Municipality home = municipalities.home().orElseThrow();
        changes.apply(new Change("verkiezing.stembureau-toegevoegd", "verkiezing:" + election.election().identifier(),
                Map.of("stembureau", station.number(), "naam", station.name())), () -> {
                    long pollingStationId = municipalities.stationFor(home, new MunicipalityService.NewPollingStation(
                            station.number(), station.name(), station.postcode(), dutchType(station.type())));
                    elections.insertStation(electionId, pollingStationId, station);
                });
        return get(electionId).station(station.number()).orElseThrow();
    }

    public List<ElectionSummary> list() {
        return elections.list();
    }

    /** The election as stored now (a shared read-only copy while it is unchanged, see {@link ElectionCache}). */
    public StoredElection get(long id) {
        return cache.find(id).orElseThrow(() -> InvalidInput.of("election", "Deze verkiezing bestaat niet."));
    }

    /** Counting centrally or decentrally; can change only until the GSB starts entering. */
    public void changeCountingMethod(long electionId, CountingMethod method) {
        StoredElection election = get(electionId);
        CommitteeSessionStatus gsb = sessions.latest(electionId, Committee.GSB).status();
        if (gsb != CommitteeSessionStatus.CREATED && gsb != CommitteeSessionStatus.IN_PREPARATION) {
            throw InvalidInput.of("countingMethod", "De invoer is al begonnen. De manier van tellen kan niet meer"
                    + " veranderen.");
        }
        if (election.countingMethod() == method) {
            return;
        }
        changes.apply(new Change("verkiezing.telwijze-gewijzigd", "verkiezing:" + election.election().identifier(),
                Map.of("voor", election.countingMethod().name(), "na", method.name())),
                () -> elections.updateCountingMethod(electionId, method));
    }

    private void validate(Election election, List<PollingStation> stations, Municipality home) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!home.cbsCode().equals("GM" + election.domain().code())) {
            problems.add("domain", "Deze verkiezing is van gemeente " + election.domain().code() + " ("
                    + election.domain().name() + "), maar Stemwerk is ingesteld voor " + home.name() + " ("
                    + home.cbsCode() + ").");
        }
        if (elections.identifierExists(election.identifier())) {
            problems.add("identifier", "De verkiezing " + election.identifier() + " staat al in Stemwerk.");
        }
        if (election.politicalGroups().isEmpty()) {
            problems.add("lists", "De verkiezing heeft geen lijsten.");
        }
        Set<Integer> listNumbers = new HashSet<>();
        for (PoliticalGroup list : election.politicalGroups()) {
            if (!listNumbers.add(list.number())) {
                problems.add("lists", "Lijst " + list.number() + " komt twee keer voor.");
            }
            if (list.candidates().isEmpty()) {
                problems.add("lists", "Lijst " + list.number() + " heeft geen kandidaten.");
            }
            Set<Integer> candidateNumbers = new HashSet<>();
            list.candidates().stream().filter(c -> !candidateNumbers.add(c.number())).findFirst().ifPresent(c ->
                    problems.add("lists", "Kandidaat " + c.number() + " staat twee keer op lijst " + list.number() + "."));
        }
        if (stations.isEmpty()) {
            problems.add("stations", "De verkiezing heeft geen stembureaus.");
        }
        Set<Integer> stationNumbers = new HashSet<>();
        stations.stream().filter(s -> !stationNumbers.add(s.number())).findFirst().ifPresent(s ->
                problems.add("stations", "Stembureau " + s.number() + " komt twee keer voor."));
        problems.throwIfAny();
    }

    private static Map<String, Object> summary(Election election, CountingMethod method, List<PollingStation> stations) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("verkiezing", election.identifier());
        details.put("naam", election.name());
        details.put("datum", election.electionDate().toString());
        details.put("zetels", election.numberOfSeats());
        details.put("telwijze", method.name());
        details.put("lijsten", election.politicalGroups().stream()
                .map(l -> l.number() + " " + l.name() + " (" + l.candidates().size() + " kandidaten)").toList());
        details.put("stembureaus", stations.stream().map(PollingStation::number).toList());
        return details;
    }

    private static String dutchType(PollingStationType type) {
        return switch (type) {
            case FIXED -> "regulier";
            case SPECIAL -> "bijzonder";
            case MOBILE -> "mobiel";
        };
    }
}
