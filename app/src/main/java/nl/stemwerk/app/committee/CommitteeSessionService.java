package nl.stemwerk.app.committee;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.users.UserService;
import nl.stemwerk.app.users.UserSummary;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.committee.CommitteeSessionTransitionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of the GSB and CSB: their place, date and time, the typists assigned, and their status through
 * {@link CommitteeSessionStatus}. Every change is a new version of the session with its audit row; a change made
 * against an older version than the current one is refused (someone else changed it first).
 */
@Service
public class CommitteeSessionService {
    private final CommitteeSessionRepository sessions;
    private final ChangeService changes;
    private final UserService users;

    public CommitteeSessionService(CommitteeSessionRepository sessions, ChangeService changes, UserService users) {
        this.sessions = sessions;
        this.changes = changes;
        this.users = users;
    }

    /**
     * The first GSB and CSB sessions of a new election, already in preparation: the GSB has its polling stations
     * and the CSB its subcommittee. Runs inside the caller's audited transaction.
     */
    @Transactional
    public void createFirstSessions(long electionId) {
        for (Committee committee : Committee.values()) {
            long id = sessions.insert(electionId, committee, 1);
            sessions.append(new CommitteeSession(id, electionId, committee, 1, 1, CommitteeSessionStatus.CREATED.prepare(),
                    "", null, null, List.of(), ChangeService.currentActor(), null), ChangeService.currentActor());
        }
    }

    public CommitteeSession find(long sessionId) {
        return sessions.find(sessionId).orElseThrow(() -> InvalidInput.of("session", "Deze zitting bestaat niet."));
    }

    public List<CommitteeSession> ofElection(long electionId) {
        return sessions.ofElection(electionId);
    }

    /** The session of {@code committee} with the highest number: the one that is going on now. */
    public CommitteeSession latest(long electionId, Committee committee) {
        return ofElection(electionId).stream().filter(s -> s.committee() == committee)
                .reduce((first, second) -> second)
                .orElseThrow(() -> InvalidInput.of("session", "Deze verkiezing heeft geen zitting van het "
                        + committee.dutchName() + "."));
    }

    /** Place, date and time of the public session. */
    public CommitteeSession changeDetails(long sessionId, int version, String location, LocalDate date,
                                          LocalTime time) {
        String place = location == null ? "" : location.trim();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (place.isEmpty() || place.length() > 300) {
            problems.add("location", "Vul de plaats van de zitting in (hoogstens 300 tekens).");
        }
        if (date == null) {
            problems.add("date", "Vul de datum van de zitting in, bijvoorbeeld 17-03-2026.");
        }
        if (time == null) {
            problems.add("time", "Vul het begintijdstip van de zitting in, bijvoorbeeld 09:00.");
        }
        problems.throwIfAny();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("plaats", place);
        details.put("datum", date.toString());
        details.put("tijd", time.toString());
        return change(sessionId, version, "zitting.gegevens-gewijzigd", details, s -> {
            requireOpen(s);
            return s.with(s.status(), place, date, time, s.typists());
        });
    }

    /** The typists who may enter this session's processen-verbaal; each must have the role invoerder. */
    public CommitteeSession assignTypists(long sessionId, int version, List<String> usernames) {
        List<String> chosen = usernames == null ? List.of() : usernames.stream().map(String::trim).distinct().sorted()
                .toList();
        List<String> typists = users.list().stream().filter(u -> u.enabled() && u.roles().contains(Role.INVOERDER))
                .map(UserSummary::username).toList();
        List<String> unknown = chosen.stream().filter(u -> !typists.contains(u)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("typists", "Geen invoerder: " + String.join(", ", unknown)
                    + ". Kies alleen actieve gebruikers met de rol invoerder.");
        }
        if (chosen.size() < 2) {
            throw InvalidInput.of("typists", "Kies minstens twee invoerders: elk proces-verbaal wordt door twee"
                    + " verschillende invoerders ingevoerd.");
        }
        return change(sessionId, version, "zitting.invoerders-gewijzigd", Map.of("invoerders", chosen), s -> {
            requireOpen(s);
            return s.with(s.status(), s.location(), s.date(), s.time(), chosen);
        });
    }

    public CommitteeSession startDataEntry(long sessionId, int version) {
        return change(sessionId, version, "zitting.invoer-gestart", Map.of(), s -> {
            if (s.typists().size() < 2) {
                throw InvalidInput.of("typists", "Wijs eerst minstens twee invoerders toe aan deze zitting.");
            }
            return status(s, s.status().startDataEntry());
        });
    }

    public CommitteeSession pauseDataEntry(long sessionId, int version) {
        return change(sessionId, version, "zitting.invoer-gepauzeerd", Map.of(),
                s -> status(s, s.status().pauseDataEntry()));
    }

    public CommitteeSession resumeDataEntry(long sessionId, int version) {
        return change(sessionId, version, "zitting.invoer-hervat", Map.of(),
                s -> status(s, s.status().resumeDataEntry()));
    }

    /** Data entry is finished; {@code allDefinitive} says whether every entry of the session is definitive. */
    public CommitteeSession finishDataEntry(long sessionId, int version, boolean allDefinitive) {
        return change(sessionId, version, "zitting.invoer-afgerond", Map.of(),
                s -> status(s, s.status().finishDataEntry(allDefinitive)));
    }

    /** A new session of the GSB after a referral by the CSB, in preparation until its investigations are added. */
    public CommitteeSession newSession(long electionId, Committee committee) {
        CommitteeSession previous = latest(electionId, committee);
        if (previous.status().isOpen()) {
            throw InvalidInput.of("session", "Rond eerst de " + previous.dutchLabel() + " af.");
        }
        int number = previous.number() + 1;
        return changes.apply(new Change("zitting.aangemaakt", "verkiezing:" + electionId,
                Map.of("orgaan", committee.name(), "nummer", number)), () -> {
                    long id = sessions.insert(electionId, committee, number);
                    CommitteeSession created = new CommitteeSession(id, electionId, committee, number, 1,
                            CommitteeSessionStatus.CREATED, "", null, null, previous.typists(),
                            ChangeService.currentActor(), null);
                    sessions.append(created, ChangeService.currentActor());
                    return find(id);
                });
    }

    /** The first investigation of a later session was added: the session is in preparation. */
    public CommitteeSession prepare(long sessionId) {
        CommitteeSession current = find(sessionId);
        if (current.status() != CommitteeSessionStatus.CREATED) {
            return current;
        }
        return change(sessionId, current.version(), "zitting.in-voorbereiding", Map.of(),
                s -> status(s, s.status().prepare()));
    }

    private CommitteeSession change(long sessionId, int version, String action, Map<String, Object> details,
                                    UnaryOperator<CommitteeSession> transition) {
        CommitteeSession current = find(sessionId);
        if (current.version() != version) {
            throw new org.springframework.dao.OptimisticLockingFailureException("session " + sessionId + " is at version "
                    + current.version() + ", change was made on " + version);
        }
        CommitteeSession next;
        try {
            next = transition.apply(current);
        } catch (CommitteeSessionTransitionException e) {
            throw InvalidInput.of("status", e.error().dutchMessage());
        }
        Map<String, Object> audit = new LinkedHashMap<>(details);
        audit.put("status", next.status().name());
        audit.put("versie", next.version());
        return changes.apply(new Change(action, "zitting:" + sessionId, audit), () -> {
            sessions.append(next, ChangeService.currentActor());
            return find(sessionId);
        });
    }

    private static CommitteeSession status(CommitteeSession s, CommitteeSessionStatus status) {
        return s.with(status, s.location(), s.date(), s.time(), s.typists());
    }

    private static void requireOpen(CommitteeSession s) {
        if (!s.status().isOpen()) {
            throw InvalidInput.of("status", "Deze zitting is afgerond en kan niet meer worden gewijzigd.");
        }
    }
}
