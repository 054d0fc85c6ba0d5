package nl.stemwerk.app.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;

/**
 * A session (zitting) of the GSB or CSB as it stands now: the latest row of {@code committee_session_state}.
 *
 * @param id          session id
 * @param electionId  the election
 * @param committee   GSB or CSB
 * @param number      1 for the first session, higher for sessions after a referral
 * @param version     the version of this state; a change must name it (optimistic locking)
 * @param status      where the session stands
 * @param location    place of the public session, may be empty until set
 * @param date        date of the public session, or {@code null}
 * @param time        start time, or {@code null}
 * @param typists     user names of the typists assigned to the session
 * @param changedBy   who made the last change
 * @param changedAt   when
 */
public record CommitteeSession(long id, long electionId, Committee committee, int number, int version,
                               CommitteeSessionStatus status, String location, LocalDate date, LocalTime time,
                               List<String> typists, String changedBy, Instant changedAt) {
    public CommitteeSession {
        typists = List.copyOf(typists);
    }

    /** "GSB, eerste zitting" or "CSB, zitting 2". */
    public String dutchLabel() {
        return committee.name() + ", " + (number == 1 ? "eerste zitting" : "zitting " + number);
    }

    public boolean hasTypist(String username) {
        return typists.contains(username);
    }

    CommitteeSession with(CommitteeSessionStatus newStatus, String newLocation, LocalDate newDate, LocalTime newTime,
                          List<String> newTypists) {
        return new CommitteeSession(id, electionId, committee, number, version + 1, newStatus, newLocation, newDate,
                newTime, newTypists, changedBy, changedAt);
    }
}
