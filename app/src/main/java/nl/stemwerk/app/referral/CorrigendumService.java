package nl.stemwerk.app.referral;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.committee.GsbSessionService;
import nl.stemwerk.app.committee.SessionRecordsService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.dataentry.EntryCodec;
import nl.stemwerk.app.dataentry.EntryShape;
import nl.stemwerk.app.documents.DocumentAdoption;
import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.PdfRenderer;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.AuditLog;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.check.CheckResults;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.totalling.ResultsCheck;
import nl.stemwerk.kieswet.totalling.StationResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a later GSB session: every investigation concluded, every correction definitive and each corrected
 * proces-verbaal (the earlier one with only the corrected parts replaced, the library's {@code Correction}) still
 * adds up. Then the session is finished and its proces-verbaal with the corrigenda, the corrected EML 510b (every
 * station, with the investigation codes) and the corrected osv4-3 CSV are adopted, in one transaction.
 */
@Service
public class CorrigendumService {
    static final String FILE_NAME = "Corrigendum_Na14-2.pdf";

    private final CommitteeSessionService sessions;
    private final ReferralService referrals;
    private final InvestigationRepository investigations;
    private final DataEntryService dataEntry;
    private final GsbSessionService gsbSessions;
    private final SessionRecordsService records;
    private final ElectionService elections;
    private final CorrectedResults corrected;
    private final MunicipalityService municipalities;
    private final PdfRenderer pdf;
    private final DocumentAdoption adoption;
    private final AuditLog auditLog;
    private final Clock clock;

    CorrigendumService(CommitteeSessionService sessions, ReferralService referrals,
                       InvestigationRepository investigations, DataEntryService dataEntry,
                       GsbSessionService gsbSessions, SessionRecordsService records, ElectionService elections,
                       CorrectedResults corrected, MunicipalityService municipalities, PdfRenderer pdf,
                       DocumentAdoption adoption, AuditLog auditLog, Clock clock) {
        this.sessions = sessions;
        this.referrals = referrals;
        this.investigations = investigations;
        this.dataEntry = dataEntry;
        this.gsbSessions = gsbSessions;
        this.records = records;
        this.elections = elections;
        this.corrected = corrected;
        this.municipalities = municipalities;
        this.pdf = pdf;
        this.adoption = adoption;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What stands in the way of finishing the later session, in Dutch; empty when it can be finished. */
    public List<String> obstacles(long sessionId) {
        List<String> obstacles = new ArrayList<>();
        List<Investigation> all = referrals.ofSession(sessionId);
        long open = all.stream().filter(i -> i.status() == nl.stemwerk.kieswet.committee.InvestigationStatus.IN_PROGRESS)
                .count();
        if (open > 0) {
            obstacles.add(open == 1 ? "1 onderzoek is nog niet afgerond." : open + " onderzoeken zijn nog niet afgerond.");
        }
        obstacles.addAll(gsbSessions.obstacles(sessionId));
        if (obstacles.isEmpty()) {
            obstacles.addAll(corrections(sessions.find(sessionId)).problems());
        }
        return obstacles;
    }

    /** Finishes the later session and adopts the proces-verbaal with its corrigenda; refused with the obstacles. */
    @Transactional
    public List<SessionDocuments.Stored> finish(long sessionId, int version) {
        CommitteeSession session = sessions.find(sessionId);
        if (session.committee() != Committee.GSB || session.number() == 1) {
            throw InvalidInput.of("session", "Dit is geen latere zitting van het gemeentelijk stembureau.");
        }
        List<String> obstacles = obstacles(sessionId);
        if (!obstacles.isEmpty()) {
            throw InvalidInput.of("finish", "De zitting kan nog niet worden afgerond. " + String.join(" ", obstacles));
        }
        CommitteeSession finished = sessions.finishDataEntry(sessionId, version, true);
        StoredElection election = elections.get(finished.electionId());
        CorrigendumFacts facts = new CorrigendumFacts(election, municipalities.homeName(), finished,
                records.attendance(sessionId), referrals.ofSession(sessionId), corrections(finished).boxes(),
                corrected.adoptedTotal(finished.electionId()).orElseThrow(), auditLog.headHash(), clock.instant());
        List<DocumentFile> files = new ArrayList<>();
        files.add(new DocumentFile(FILE_NAME, "application/pdf", pdf.pdf("corrigendum", Map.of("facts", facts))));
        files.addAll(CorrectedCountFile.of(facts, corrected.adoptedPerStation(finished.electionId())));
        return adoption.adopt(sessionId, files);
    }

    private record Checked(List<CorrigendumFacts.CorrectedBox> boxes, List<String> problems) {
    }

    /**
     * Every correction of the session against the entry it corrects: the boxes of the corrected parts whose value
     * changed, and what is wrong (a box changed outside the parts, or a corrected proces-verbaal that no longer adds
     * up). A station added in this session has no earlier entry: its whole proces-verbaal must add up.
     */
    private Checked corrections(CommitteeSession session) {
        StoredElection election = elections.get(session.electionId());
        EntryModel model = election.countingMethod().gsbEntryModel();
        EntryShape shape = EntryShape.of(model, election.lists());
        Map<Integer, DefinitiveResult> entered = new java.util.HashMap<>();
        dataEntry.definitiveResults(session.id()).forEach(r -> entered.put(r.stationNumber(), r));
        List<CorrigendumFacts.CorrectedBox> boxes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Investigation i : referrals.ofSession(session.id())) {
            if (!i.withNewResults() || !entered.containsKey(i.stationNumber())) {
                continue;
            }
            if (i.addsStation()) {
                sumsProblem(i, entered.get(i.stationNumber()).results()).ifPresent(problems::add);
                continue;
            }
            Map<String, String> before = investigations.earlierDefinitive(i.stationId(), session.number())
                    .orElseThrow().fields();
            Map<String, String> after = EntryCodec.encode(entered.get(i.stationNumber()).entry());
            List<String> part = CorrectedPart.fields(i.correctedParts(), model, election.lists());
            List<String> outside = CorrectedPart.changedOutside(before, after, part);
            if (!outside.isEmpty()) {
                problems.add("Stembureau " + i.stationNumber() + ": alleen de gecorrigeerde delen mogen anders zijn,"
                        + " maar ook " + String.join(", ", outside.stream().map(CorrigendumFacts.CorrectedBox::label)
                        .toList()) + " is anders. Stuur de invoer terug.");
            }
            PollingStationResults earlier = StationResults.of(i.stationNumber(), EntryCodec.decode(shape, before));
            PollingStationResults whole = CorrectedPart.applyAll(i.correctedParts(),
                    entered.get(i.stationNumber()).results(), earlier);
            sumsProblem(i, whole).ifPresent(problems::add);
            part.stream().filter(f -> !before.getOrDefault(f, "").equals(after.getOrDefault(f, "")))
                    .forEach(f -> boxes.add(new CorrigendumFacts.CorrectedBox(i.stationNumber(), f,
                            before.getOrDefault(f, ""), after.getOrDefault(f, ""))));
        }
        return new Checked(boxes, problems);
    }

    private static Optional<String> sumsProblem(Investigation i, PollingStationResults whole) {
        CheckResults sums = ResultsCheck.sums(whole);
        return sums.hasErrors() ? Optional.of("Stembureau " + i.stationNumber()
                + ": het gecorrigeerde proces-verbaal klopt niet (" + String.join(", ", sums.codes().stream()
                .filter(c -> c.isError()).map(c -> c.label()).toList()) + ").") : Optional.empty();
    }
}
