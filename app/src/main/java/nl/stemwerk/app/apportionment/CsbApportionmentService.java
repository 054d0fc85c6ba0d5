package nl.stemwerk.app.apportionment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.apportionment.ApportionmentInputException;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.entry.CandidateVotesSection;
import nl.stemwerk.kieswet.entry.Count;
import nl.stemwerk.kieswet.entry.ReportEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The CSB's seat allocation: from the GSB's result as the CSB entered it twice (art. P 20a), with the deceased
 * candidates it registered (art. P 19a) and the lots it drew in public (art. P 14), through the {@code kieswet}
 * library, which decides everything; this service only loads, records and replays.
 */
@Service
public class CsbApportionmentService {
    private final CsbRecordsRepository records;
    private final CommitteeSessionService sessions;
    private final ElectionService elections;
    private final DataEntryService dataEntry;
    private final ChangeService changes;

    public CsbApportionmentService(CsbRecordsRepository records, CommitteeSessionService sessions,
                                   ElectionService elections, DataEntryService dataEntry, ChangeService changes) {
        this.records = records;
        this.sessions = sessions;
        this.elections = elections;
        this.dataEntry = dataEntry;
        this.changes = changes;
    }

    public List<DeceasedCandidate> deceased(long sessionId) {
        StoredElection election = elections.get(csb(sessionId).electionId());
        return records.deceased(sessionId).stream().map(row -> new DeceasedCandidate(row[0], (int) row[1],
                (int) row[2], election.candidate((int) row[1], (int) row[2]).map(Candidate::displayName).orElse("")))
                .toList();
    }

    /** Registers a deceased candidate; only before any lot was drawn, since a death can change every draw. */
    public void registerDeceased(long sessionId, int list, int candidate) {
        CommitteeSession session = openCsb(sessionId);
        StoredElection election = elections.get(session.electionId());
        Candidate known = election.candidate(list, candidate).orElseThrow(() -> InvalidInput.of("candidate",
                "Kandidaat " + candidate + " van lijst " + list + " bestaat niet."));
        if (deceased(sessionId).stream().anyMatch(d -> d.listNumber() == list && d.candidateNumber() == candidate)) {
            throw InvalidInput.of("candidate", known.displayName() + " staat al als overleden geregistreerd.");
        }
        requireNoLots(sessionId);
        changes.apply(new Change("csb.overleden-kandidaat-geregistreerd", "zitting:" + sessionId,
                Map.of("lijst", list, "kandidaat", candidate, "naam", known.displayName())),
                () -> records.insertDeceased(sessionId, list, candidate, ChangeService.currentActor()));
    }

    public void withdrawDeceased(long sessionId, long id) {
        openCsb(sessionId);
        DeceasedCandidate registered = deceased(sessionId).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> InvalidInput.of("candidate", "Deze registratie bestaat niet (meer)."));
        requireNoLots(sessionId);
        changes.apply(new Change("csb.overleden-kandidaat-geschrapt", "zitting:" + sessionId,
                Map.of("lijst", registered.listNumber(), "kandidaat", registered.candidateNumber())),
                () -> records.withdrawDeceased(sessionId, id, ChangeService.currentActor()));
    }

    /** The allocation as it stands: the definitive entry, the deceased and the lots, replayed through the library. */
    public CsbAllocation allocation(long sessionId) {
        CommitteeSession session = csb(sessionId);
        List<DefinitiveResult> results = dataEntry.definitiveResults(sessionId);
        if (results.isEmpty()) {
            return new CsbAllocation.NotReady("De uitkomst van het gemeentelijk stembureau is nog niet twee keer"
                    + " gelijk ingevoerd. Zodra die invoer definitief is, verdeelt Stemwerk de zetels.");
        }
        StoredElection election = elections.get(session.electionId());
        List<DeceasedCandidate> deceased = deceased(sessionId);
        List<LotRecord> lots = records.lots(sessionId);
        try {
            SeatsInput input = input(election, results.getFirst().entry(), deceased, lots);
            return new CsbAllocation.Allocated(input, SeatAllocationRun.of(input.toApportionmentInput(),
                    input.lotOutcomes()), lots, deceased);
        } catch (ApportionmentInputException e) {
            return new CsbAllocation.Refused(e.getMessage());
        }
    }

    /**
     * Records the lot drawn in public for the draw the allocation asks for now.
     *
     * @param sequence the number of the draw as shown (1 for the first); a stale page gets a conflict
     * @param chosen   the list (or candidate) the lot chose
     * @param drawnBy  who drew the lot
     * @param drawnAt  when
     */
    public void recordLot(long sessionId, int sequence, int chosen, String drawnBy, Instant drawnAt) {
        openCsb(sessionId);
        if (!(allocation(sessionId) instanceof CsbAllocation.Allocated allocated)
                || allocated.drawingRequired().isEmpty()) {
            throw InvalidInput.of("chosen", "Er is nu geen loting nodig.");
        }
        DrawingOfLots drawing = allocated.drawingRequired().get().drawing();
        int expected = allocated.lots().size() + 1;
        if (sequence != expected) {
            throw new OptimisticLockingFailureException("lot " + sequence + " is not the next (" + expected + ")");
        }
        String who = drawnBy == null ? "" : drawnBy.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (!drawing.options().contains(chosen)) {
            problems.add("chosen", "Kies de uitkomst uit " + drawing.options() + ".");
        }
        if (who.isEmpty() || who.length() > 200) {
            problems.add("drawnBy", "Vul in wie het lot trok.");
        }
        if (drawnAt == null) {
            problems.add("drawnAt", "Vul in wanneer het lot werd getrokken.");
        }
        problems.throwIfAny();
        LotRecord lot = new LotRecord(expected, drawing.article(), drawing.dutchDescription(), drawing.options(), chosen,
                who, drawnAt);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("loting", expected);
        details.put("artikel", drawing.article());
        details.put("opties", drawing.options());
        details.put("uitkomst", chosen);
        details.put("getrokkenDoor", who);
        details.put("getrokkenOp", drawnAt.toString());
        changes.apply(new Change("csb.loting-vastgelegd", "zitting:" + sessionId, details),
                () -> records.insertLot(sessionId, lot, ChangeService.currentActor()));
    }

    /** The allocation of a finished session must be complete; used when the CSB finishes. */
    public CsbAllocation.Allocated completed(long sessionId) {
        if (allocation(sessionId) instanceof CsbAllocation.Allocated allocated && allocated.completed().isPresent()) {
            return allocated;
        }
        throw InvalidInput.of("allocation", "De zetelverdeling is nog niet klaar.");
    }

    static SeatsInput input(StoredElection election, ReportEntry entry, List<DeceasedCandidate> deceased,
                            List<LotRecord> lots) {
        List<SeatsInput.NamedList> lists = new ArrayList<>();
        for (PoliticalGroup group : election.lists()) {
            CandidateVotesSection votes = entry.candidateVotes().stream().filter(c -> c.listNumber() == group.number())
                    .findFirst().orElseThrow();
            List<SeatsInput.NamedCandidate> candidates = new ArrayList<>();
            for (Candidate candidate : group.candidates()) {
                Count count = votes.candidateVotes().get(candidate.number() - 1);
                candidates.add(new SeatsInput.NamedCandidate(candidate.number(), candidate.displayName(), count.orZero()));
            }
            lists.add(new SeatsInput.NamedList(group.number(), group.name(), OptionalLong.of(votes.listTotal().orZero()),
                    candidates));
        }
        Set<CandidateId> dead = new LinkedHashSet<>();
        deceased.forEach(d -> dead.add(new CandidateId(d.listNumber(), d.candidateNumber())));
        return new SeatsInput(election.election().numberOfSeats(), lists, dead,
                lots.stream().map(LotRecord::chosen).toList(), true);
    }

    private void requireNoLots(long sessionId) {
        if (!records.lots(sessionId).isEmpty()) {
            throw InvalidInput.of("candidate", "Er is al geloot. Een overleden kandidaat registreren kan alleen voor"
                    + " de eerste loting, omdat het de zetelverdeling kan veranderen.");
        }
    }

    private CommitteeSession csb(long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        if (session.committee() != Committee.CSB) {
            throw InvalidInput.of("session", "Dit is geen zitting van het centraal stembureau.");
        }
        return session;
    }

    private CommitteeSession openCsb(long sessionId) {
        CommitteeSession session = csb(sessionId);
        if (!session.status().isOpen()) {
            throw InvalidInput.of("session", "Deze zitting is afgerond. Er kan niets meer veranderen.");
        }
        return session;
    }

    /** Whether the allocation is complete, for the session page. */
    public static boolean complete(CsbAllocation allocation) {
        return allocation instanceof CsbAllocation.Allocated a && a.run().outcome() instanceof ApportionmentOutcome.Completed;
    }
}
