package nl.stemwerk.app.referral;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.committee.InvestigationStatus;
import nl.stemwerk.kieswet.committee.InvestigationTransitionException;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.entry.EntryModel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral (terugverwijzing): the CSB orders the GSB to investigate a polling station's result; the GSB does it in a
 * later session and concludes, through the library's {@link InvestigationStatus}, with or without new results. With
 * new results the later session gets a correction record for the station, entered twice by the typists. Every change
 * is a new row with its audit row.
 */
@Service
public class ReferralService {
    private final InvestigationRepository investigations;
    private final CommitteeSessionService sessions;
    private final ElectionService elections;
    private final ChangeService changes;

    ReferralService(InvestigationRepository investigations, CommitteeSessionService sessions,
                    ElectionService elections, ChangeService changes) {
        this.investigations = investigations;
        this.sessions = sessions;
        this.elections = elections;
        this.changes = changes;
    }

    /**
     * The CSB (in session {@code csbSessionId}) orders an investigation of station {@code stationNumber}. It is done in
     * the GSB's later session, made now when the GSB's sessions are all finished.
     */
    @Transactional
    public Investigation order(long csbSessionId, int stationNumber, String reason) {
        CommitteeSession csb = openCsb(csbSessionId);
        String why = reason(reason);
        ElectionStation station = elections.get(csb.electionId()).station(stationNumber).orElseThrow(
                () -> InvalidInput.of("station", "Stembureau " + stationNumber + " hoort niet bij deze verkiezing."));
        CommitteeSession gsb = laterGsbSession(csb);
        if (investigations.ofSession(gsb.id()).stream().anyMatch(i -> i.stationId() == station.id())) {
            throw InvalidInput.of("station", "Voor stembureau " + stationNumber + " is al een onderzoek opgedragen.");
        }
        return record(csbSessionId, gsb, station, why, false);
    }

    /**
     * The CSB orders the GSB to add a polling station it missed: the station joins the election, and the GSB enters
     * its whole proces-verbaal twice in its later session (an investigation that can only end with new results).
     */
    @Transactional
    public Investigation orderAddedStation(long csbSessionId, PollingStation station, String reason) {
        CommitteeSession csb = openCsb(csbSessionId);
        String why = reason(reason);
        CommitteeSession gsb = laterGsbSession(csb);
        return record(csbSessionId, gsb, elections.addStation(csb.electionId(), station), why, true);
    }

    private CommitteeSession openCsb(long csbSessionId) {
        CommitteeSession csb = sessions.find(csbSessionId);
        if (csb.committee() != Committee.CSB || !csb.status().isOpen()) {
            throw InvalidInput.of("session", "Alleen het centraal stembureau kan in een open zitting een onderzoek"
                    + " opdragen.");
        }
        return csb;
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 4000) {
            throw InvalidInput.of("reason", "Vul de reden van het onderzoek in (hoogstens 4000 tekens).");
        }
        return why;
    }

    /** The GSB's open later session, or a new one when all its sessions are finished. */
    private CommitteeSession laterGsbSession(CommitteeSession csb) {
        CommitteeSession latest = sessions.latest(csb.electionId(), Committee.GSB);
        return latest.number() > 1 && latest.status().isOpen() ? latest
                : sessions.newSession(csb.electionId(), Committee.GSB);
    }

    private Investigation record(long csbSessionId, CommitteeSession gsb, ElectionStation station, String why,
                                 boolean addsStation) {
        sessions.prepare(gsb.id());
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("stembureau", station.number());
        audit.put("reden", why);
        if (addsStation) {
            audit.put("toevoegen", true);
        }
        return changes.apply(new Change("onderzoek.opgedragen", "zitting:" + gsb.id(), audit), () -> {
                    long id = investigations.insert(station.id(), csbSessionId, gsb.id(), why,
                            ChangeService.currentActor(), addsStation);
                    investigations.appendState(id, 1, InvestigationStatus.IN_PROGRESS, "", null, List.of(),
                            ChangeService.currentActor());
                    return get(id);
                });
    }

    public Investigation get(long investigationId) {
        return investigations.find(investigationId)
                .orElseThrow(() -> InvalidInput.of("investigation", "Dit onderzoek bestaat niet."));
    }

    /** The investigations of a later GSB session, in station order. */
    public List<Investigation> ofSession(long gsbSessionId) {
        return investigations.ofSession(gsbSessionId);
    }

    /**
     * The GSB concludes (or changes its conclusion): its findings, whether the ballots were recounted and, with new
     * results, the parts of the proces-verbaal that are corrected ({@code kiezers}, {@code stemmen},
     * {@code verschillen}, {@code lijst-n}); no parts means no new results.
     */
    @Transactional
    public Investigation conclude(long investigationId, int version, String findings, boolean recounted,
                                  Collection<String> correctedParts) {
        Investigation current = current(investigationId, version);
        CommitteeSession session = sessions.find(current.gsbSessionId());
        String found = findings == null ? "" : findings.trim();
        if (found.isEmpty() || found.length() > 4000) {
            throw InvalidInput.of("findings", "Vul de bevindingen van het onderzoek in (hoogstens 4000 tekens).");
        }
        StoredElection election = elections.get(session.electionId());
        EntryModel model = election.countingMethod().gsbEntryModel();
        List<String> named = correctedParts == null ? List.of() : List.copyOf(correctedParts);
        if (current.addsStation() && !named.isEmpty()) {
            named = CorrectedPart.all(model, election.lists());
        }
        if (!named.stream().allMatch(p -> CorrectedPart.isValid(p, election.lists()))) {
            throw InvalidInput.of("part", "Kies de delen van het proces-verbaal die worden gecorrigeerd: kiezers,"
                    + " stemmen, verschillen of een lijst van deze verkiezing.");
        }
        List<String> parts = CorrectedPart.inPaperOrder(named, model, election.lists());
        boolean newResults = !parts.isEmpty();
        InvestigationStatus next;
        try {
            next = switch (current.status()) {
                case IN_PROGRESS -> newResults ? current.status().concludeWithNewResults()
                        : current.status().concludeWithoutNewResults(current.addsStation());
                case CONCLUDED_WITH_NEW_RESULTS, CONCLUDED_WITHOUT_NEW_RESULTS -> newResults
                        ? (current.withNewResults() ? current.status()
                        : current.status().switchToWithNewResults(session.status()))
                        : current.status().switchToWithoutNewResults(session.status(), current.addsStation());
            };
        } catch (InvestigationTransitionException e) {
            throw InvalidInput.of("status", e.error().dutchMessage());
        }
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("stembureau", current.stationNumber());
        audit.put("status", next.name());
        audit.put("herteld", recounted);
        audit.put("delen", parts);
        audit.put("versie", version + 1);
        return changes.apply(new Change("onderzoek.afgerond", "onderzoek:" + investigationId, audit), () -> {
            investigations.appendState(investigationId, version + 1, next, found, recounted, parts,
                    ChangeService.currentActor());
            if (newResults) {
                Long corrects = current.addsStation() ? null
                        : investigations.earlierDefinitive(current.stationId(), session.number())
                        .orElseThrow(() -> InvalidInput.of("station", "Stembureau " + current.stationNumber()
                                + " heeft nog geen definitieve uitslag om te corrigeren."))
                        .dataEntryId();
                investigations.ensureCorrection(investigationId, session.id(), current.stationId(), corrects, model);
            }
            return get(investigationId);
        });
    }

    /** The GSB takes a concluded investigation up again, while its session is open. */
    @Transactional
    public Investigation reopen(long investigationId, int version) {
        Investigation current = current(investigationId, version);
        InvestigationStatus next;
        try {
            next = current.status().reopen(sessions.find(current.gsbSessionId()).status());
        } catch (InvestigationTransitionException e) {
            throw InvalidInput.of("status", e.error().dutchMessage());
        }
        return changes.apply(new Change("onderzoek.heropend", "onderzoek:" + investigationId,
                Map.of("stembureau", current.stationNumber(), "versie", version + 1)), () -> {
                    investigations.appendState(investigationId, version + 1, next, "", null, List.of(),
                            ChangeService.currentActor());
                    return get(investigationId);
                });
    }

    private Investigation current(long investigationId, int version) {
        Investigation current = get(investigationId);
        if (current.version() != version) {
            throw new OptimisticLockingFailureException("investigation " + investigationId + " is at version "
                    + current.version() + ", change was made on " + version);
        }
        return current;
    }
}
