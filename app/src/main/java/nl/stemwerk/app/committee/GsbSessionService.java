package nl.stemwerk.app.committee;

import java.time.Clock;
import java.util.List;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.dataentry.StationProgress;
import nl.stemwerk.app.documents.DocumentAdoption;
import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.GsbSessionExport;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.AuditLog;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.totalling.MunicipalTotal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a GSB session: when every proces-verbaal is definitive and every warning explained, the session is
 * finished, the municipal total is made, and its documents (every {@link GsbSessionExport}) are adopted and stored
 * with their hash codes, all in one transaction.
 */
@Service
public class GsbSessionService {
    private final CommitteeSessionService sessions;
    private final DataEntryService dataEntry;
    private final SessionRecordsService records;
    private final ElectionService elections;
    private final MunicipalityService municipalities;
    private final List<GsbSessionExport> exports;
    private final DocumentAdoption adoption;
    private final AuditLog auditLog;
    private final Clock clock;

    public GsbSessionService(CommitteeSessionService sessions, DataEntryService dataEntry, SessionRecordsService records,
                             ElectionService elections, MunicipalityService municipalities,
                             List<GsbSessionExport> exports, DocumentAdoption adoption, AuditLog auditLog,
                             Clock clock) {
        this.sessions = sessions;
        this.dataEntry = dataEntry;
        this.records = records;
        this.elections = elections;
        this.municipalities = municipalities;
        this.exports = exports;
        this.adoption = adoption;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What stands in the way of finishing: an empty list means the session can be finished. */
    public List<String> obstacles(long sessionId) {
        List<StationProgress> progress = dataEntry.progress(sessionId);
        long open = progress.stream().filter(p -> !p.definitive()).count();
        long unexplained = records.warnings(sessionId).stream().filter(w -> !w.explained()).count();
        List<String> obstacles = new java.util.ArrayList<>();
        if (open > 0) {
            obstacles.add(open == 1 ? "1 proces-verbaal is nog niet definitief."
                    : open + " processen-verbaal zijn nog niet definitief.");
        }
        if (unexplained > 0) {
            obstacles.add(unexplained == 1 ? "1 waarschuwing heeft nog geen uitleg van het stembureau."
                    : unexplained + " waarschuwingen hebben nog geen uitleg van het stembureau.");
        }
        return obstacles;
    }

    /** Finishes the session and adopts its documents; refused with the obstacles when it cannot be finished yet. */
    @Transactional
    public List<SessionDocuments.Stored> finish(long sessionId, int version) {
        CommitteeSession session = sessions.find(sessionId);
        if (session.committee() != Committee.GSB) {
            throw InvalidInput.of("session", "Dit is geen zitting van het gemeentelijk stembureau.");
        }
        if (session.number() > 1) {
            throw InvalidInput.of("session", "Dit is een zitting na een onderzoek: rond die af met het corrigendum.");
        }
        List<String> obstacles = obstacles(sessionId);
        if (!obstacles.isEmpty()) {
            throw InvalidInput.of("finish", "De zitting kan nog niet worden afgerond. " + String.join(" ", obstacles));
        }
        CommitteeSession finished = sessions.finishDataEntry(sessionId, version, true);
        GsbSessionFacts facts = facts(finished);
        List<DocumentFile> files = exports.stream().flatMap(e -> e.export(facts).stream()).toList();
        return adoption.adopt(sessionId, files);
    }

    /** The facts of a session as they stand now. */
    public GsbSessionFacts facts(CommitteeSession session) {
        StoredElection election = elections.get(session.electionId());
        List<DefinitiveResult> results = dataEntry.definitiveResults(session.id());
        if (results.isEmpty()) {
            throw InvalidInput.of("session", "Deze zitting heeft nog geen definitieve uitslagen.");
        }
        return new GsbSessionFacts(election, municipalities.homeName(), session, records.attendance(session.id()),
                records.objections(session.id()), results,
                MunicipalTotal.of(results.stream().map(DefinitiveResult::results).toList()),
                records.warnings(session.id()), auditLog.headHash(), clock.instant());
    }
}
