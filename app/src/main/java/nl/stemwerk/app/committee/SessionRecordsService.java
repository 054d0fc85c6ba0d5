package nl.stemwerk.app.committee;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.check.CheckCode;
import nl.stemwerk.kieswet.check.CheckResult;
import nl.stemwerk.kieswet.check.EntryChecks;
import org.springframework.stereotype.Service;

/**
 * What the committee records in its public session: who was present, objections per polling station, and its
 * explanation of every warning on a definitive result (W.201–W.204), all of which go into the proces-verbaal.
 */
@Service
public class SessionRecordsService {
    /** The warnings the committee explains; W.001 and W.002 are about typing, not about the result. */
    static final List<CheckCode> EXPLAINED = List.of(CheckCode.W201, CheckCode.W202, CheckCode.W203, CheckCode.W204,
            CheckCode.W205, CheckCode.W206);

    private final SessionRecordsRepository records;
    private final CommitteeSessionService sessions;
    private final ElectionService elections;
    private final DataEntryService dataEntry;
    private final ChangeService changes;

    public SessionRecordsService(SessionRecordsRepository records, CommitteeSessionService sessions,
                                 ElectionService elections, DataEntryService dataEntry, ChangeService changes) {
        this.records = records;
        this.sessions = sessions;
        this.elections = elections;
        this.dataEntry = dataEntry;
        this.changes = changes;
    }

    public List<Attendance> attendance(long sessionId) {
        return records.attendance(sessionId);
    }

    public void addAttendance(long sessionId, String name, AttendanceFunction function, LocalTime from,
                              LocalTime until) {
        CommitteeSession session = open(sessionId);
        String member = name == null ? "" : name.strip();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (member.isEmpty() || member.length() > 200) {
            problems.add("name", "Vul de naam van het lid in (hoogstens 200 tekens).");
        }
        if (function == null) {
            problems.add("function", "Kies de functie: voorzitter, lid of plaatsvervangend lid.");
        }
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("until", "Het tijdstip 'tot' ligt voor het tijdstip 'vanaf'.");
        }
        problems.throwIfAny();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("naam", member);
        details.put("functie", function.name());
        details.put("vanaf", from == null ? "" : from.toString());
        details.put("tot", until == null ? "" : until.toString());
        changes.apply(new Change("zitting.aanwezige-toegevoegd", "zitting:" + session.id(), details),
                () -> records.insertAttendance(sessionId, member, function, from, until, ChangeService.currentActor()));
    }

    public void withdrawAttendance(long sessionId, long attendanceId) {
        open(sessionId);
        if (records.attendance(sessionId).stream().noneMatch(a -> a.id() == attendanceId)) {
            throw InvalidInput.of("attendance", "Deze aanwezige staat niet (meer) op de lijst.");
        }
        changes.apply(new Change("zitting.aanwezige-geschrapt", "zitting:" + sessionId, Map.of("aanwezige", attendanceId)),
                () -> records.withdrawAttendance(sessionId, attendanceId, ChangeService.currentActor()));
    }

    public List<Objection> objections(long sessionId) {
        return records.objections(sessionId);
    }

    /** An objection about a polling station (number), or about the session as a whole (number 0). */
    public void addObjection(long sessionId, int stationNumber, String text) {
        CommitteeSession session = open(sessionId);
        String said = text == null ? "" : text.strip();
        if (said.isEmpty() || said.length() > 4000) {
            throw InvalidInput.of("text", "Schrijf het bezwaar op (hoogstens 4000 tekens).");
        }
        Long stationId = null;
        if (stationNumber != 0) {
            stationId = elections.get(session.electionId()).station(stationNumber).map(ElectionStation::id)
                    .orElseThrow(() -> InvalidInput.of("station", "Stembureau " + stationNumber + " bestaat niet."));
        }
        Long station = stationId;
        changes.apply(new Change("zitting.bezwaar-vastgelegd", "zitting:" + sessionId,
                Map.of("stembureau", stationNumber, "tekst", said)),
                () -> records.insertObjection(sessionId, station, said, ChangeService.currentActor()));
    }

    /** Every warning on a definitive result of the session, with the committee's explanation so far. */
    public List<WarningToExplain> warnings(long sessionId) {
        Map<String, String> explanations = records.explanations(sessionId);
        List<WarningToExplain> warnings = new ArrayList<>();
        for (DefinitiveResult result : dataEntry.definitiveResults(sessionId)) {
            for (CheckResult warning : EntryChecks.check(result.entry()).warnings()) {
                if (EXPLAINED.contains(warning.code())) {
                    warnings.add(new WarningToExplain(result.dataEntryId(), result.stationNumber(), result.stationName(),
                            warning.code(), warning.fields(),
                            explanations.get(result.dataEntryId() + ":" + warning.code().name())));
                }
            }
        }
        return warnings;
    }

    public void explain(long sessionId, long dataEntryId, CheckCode code, String explanation) {
        open(sessionId);
        String text = explanation == null ? "" : explanation.strip();
        WarningToExplain warning = warnings(sessionId).stream()
                .filter(w -> w.dataEntryId() == dataEntryId && w.code() == code).findFirst()
                .orElseThrow(() -> InvalidInput.of("warning", "Deze waarschuwing hoort niet bij deze zitting."));
        if (text.isEmpty() || text.length() > 4000) {
            throw InvalidInput.of(warning.key(), "Schrijf de uitleg van waarschuwing " + code.label()
                    + " bij stembureau " + warning.stationNumber() + " (hoogstens 4000 tekens).");
        }
        changes.apply(new Change("zitting.waarschuwing-uitgelegd", "invoer:" + dataEntryId,
                Map.of("code", code.label(), "uitleg", text)),
                () -> records.insertExplanation(dataEntryId, code.name(), text, ChangeService.currentActor()));
    }

    private CommitteeSession open(long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        if (!session.status().isOpen()) {
            throw InvalidInput.of("session", "Deze zitting is afgerond. Er kan niets meer bij.");
        }
        return session;
    }
}
