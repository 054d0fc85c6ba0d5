package nl.stemwerk.app.committee;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the proces-verbaal of a finished session of the GSB or the CSB needs to say when and where it sat. */
public interface AdoptedSession {
    ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    CommitteeSession session();

    Instant adoptedAt();

    /**
     * The date the proces-verbaal is signed: the session's date, or the day it was finished when the committee did not
     * record a date beforehand (the law asks for a date, and the day of adoption is the true one).
     */
    default LocalDate signedOn() {
        return session().date() != null ? session().date() : adoptedAt().atZone(NETHERLANDS).toLocalDate();
    }
}
