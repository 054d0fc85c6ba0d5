package nl.stemwerk.app.committee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.apportionment.CsbAllocation;
import nl.stemwerk.app.apportionment.CsbApportionmentService;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.documents.CsbSessionExport;
import nl.stemwerk.app.documents.DocumentAdoption;
import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.SessionDocuments;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.AuditLog;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.referral.CorrectedResults;
import nl.stemwerk.kieswet.results.PollingStationResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CSB's session: its entry of the GSB's result compared with what the GSB adopted (art. P 20a allows comparing,
 * not replacing), and its end: the result adopted with proces-verbaal P 22-2, 510d and 520 in one transaction.
 */
@Service
public class CsbSessionService {
    private final CommitteeSessionService sessions;
    private final DataEntryService dataEntry;
    private final SessionRecordsService records;
    private final ElectionService elections;
    private final MunicipalityService municipalities;
    private final CsbApportionmentService apportionment;
    private final List<CsbSessionExport> exports;
    private final DocumentAdoption adoption;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CorrectedResults corrected;

    public CsbSessionService(CommitteeSessionService sessions, DataEntryService dataEntry,
                             SessionRecordsService records, ElectionService elections,
                             MunicipalityService municipalities, CsbApportionmentService apportionment,
                             List<CsbSessionExport> exports, DocumentAdoption adoption, AuditLog auditLog,
                             Clock clock, CorrectedResults corrected) {
        this.sessions = sessions;
        this.dataEntry = dataEntry;
        this.records = records;
        this.elections = elections;
        this.municipalities = municipalities;
        this.apportionment = apportionment;
        this.exports = exports;
        this.adoption = adoption;
        this.auditLog = auditLog;
        this.clock = clock;
        this.corrected = corrected;
    }

    /**
     * Where the CSB's definitive entry differs from the total the GSB adopted in its latest finished session, in
     * Dutch; empty when they agree, or when one of them does not exist yet.
     */
    public List<String> differencesWithGsb(long sessionId) {
        CommitteeSession csb = sessions.find(sessionId);
        Optional<DefinitiveResult> entered = dataEntry.definitiveResults(sessionId).stream().findFirst();
        Optional<PollingStationResults> adopted = gsbTotal(csb.electionId());
        if (entered.isEmpty() || adopted.isEmpty()) {
            return List.of();
        }
        return ResultsComparison.differences(adopted.get(), entered.get().results());
    }

    /** Whether the GSB has adopted a result this entry can be compared with. */
    public boolean gsbResultAvailable(long electionId) {
        return gsbTotal(electionId).isPresent();
    }

    public List<String> obstacles(long sessionId) {
        List<String> obstacles = new ArrayList<>();
        if (dataEntry.progress(sessionId).stream().anyMatch(p -> !p.definitive())) {
            obstacles.add("De uitkomst van het gemeentelijk stembureau is nog niet definitief ingevoerd.");
        }
        if (!CsbApportionmentService.complete(apportionment.allocation(sessionId))) {
            obstacles.add("De zetelverdeling is nog niet klaar.");
        }
        long unexplained = records.warnings(sessionId).stream().filter(w -> !w.explained()).count();
        if (unexplained > 0) {
            obstacles.add(unexplained + (unexplained == 1 ? " waarschuwing heeft" : " waarschuwingen hebben")
                    + " nog geen uitleg.");
        }
        return obstacles;
    }

    /** Adopts the result: session completed, proces-verbaal P 22-2, 510d and 520 stored with their hash codes. */
    @Transactional
    public List<SessionDocuments.Stored> finish(long sessionId, int version) {
        CommitteeSession session = sessions.find(sessionId);
        if (session.committee() != Committee.CSB) {
            throw InvalidInput.of("session", "Dit is geen zitting van het centraal stembureau.");
        }
        List<String> obstacles = obstacles(sessionId);
        if (!obstacles.isEmpty()) {
            throw InvalidInput.of("finish", "De zitting kan nog niet worden afgerond. " + String.join(" ", obstacles));
        }
        CommitteeSession finished = sessions.finishDataEntry(sessionId, version, true);
        CsbSessionFacts facts = new CsbSessionFacts(elections.get(finished.electionId()), municipalities.homeName(),
                finished, records.attendance(sessionId), records.objections(sessionId),
                dataEntry.definitiveResults(sessionId).getFirst(), apportionment.completed(sessionId),
                auditLog.headHash(), clock.instant());
        List<DocumentFile> files = exports.stream().flatMap(e -> e.export(facts).stream()).toList();
        return adoption.adopt(sessionId, files);
    }

    /** The total the GSB adopted: per station its latest finished result, so corrections after a referral count. */
    private Optional<PollingStationResults> gsbTotal(long electionId) {
        return corrected.adoptedTotal(electionId);
    }

    /** The CSB's allocation for the page. */
    public CsbAllocation allocation(long sessionId) {
        return apportionment.allocation(sessionId);
    }
}
