package nl.stemwerk.knowledge.checklist;

import java.time.LocalDate;
import java.util.Objects;
import nl.stemwerk.knowledge.model.Anchor;
import nl.stemwerk.knowledge.model.Edition;

/**
 * The anchor days of one election in one municipality, from which checklist deadlines are counted.
 *
 * @param election       which election, e.g. GR2026
 * @param nominationDay  dag van kandidaatstelling
 * @param electionDay    dag van stemming
 * @param gsbSessionDay  day of the public session of the gemeentelijk stembureau
 * @param csbSessionDay  day of the public session of the centraal stembureau
 */
public record ElectionSchedule(Edition election, LocalDate nominationDay, LocalDate electionDay,
                               LocalDate gsbSessionDay, LocalDate csbSessionDay) {

    /** Days from nomination to election day in the regular case. */
    public static final int DAYS_FROM_NOMINATION_TO_ELECTION = 44;

    public ElectionSchedule {
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(nominationDay, "nominationDay");
        Objects.requireNonNull(electionDay, "electionDay");
        Objects.requireNonNull(gsbSessionDay, "gsbSessionDay");
        Objects.requireNonNull(csbSessionDay, "csbSessionDay");
        if (electionDay.getYear() != election.year()) {
            throw new ScheduleException(ScheduleException.Code.ELECTION_DAY_NOT_IN_YEAR, "De verkiezingsdag "
                    + electionDay + " valt niet in " + election.year() + ", het jaar van " + election + ".");
        }
        if (!nominationDay.isBefore(electionDay)) {
            throw new ScheduleException(ScheduleException.Code.NOMINATION_NOT_BEFORE_ELECTION, "De dag van "
                    + "kandidaatstelling (" + nominationDay + ") moet voor de verkiezingsdag (" + electionDay + ") liggen.");
        }
        if (gsbSessionDay.isBefore(electionDay)) {
            throw new ScheduleException(ScheduleException.Code.GSB_SESSION_BEFORE_ELECTION_DAY, "De zitting van het "
                    + "GSB (" + gsbSessionDay + ") kan niet voor de verkiezingsdag (" + electionDay + ") zijn.");
        }
        if (csbSessionDay.isBefore(gsbSessionDay)) {
            throw new ScheduleException(ScheduleException.Code.CSB_SESSION_BEFORE_GSB_SESSION, "De zitting van het "
                    + "CSB (" + csbSessionDay + ") kan niet voor de zitting van het GSB (" + gsbSessionDay + ") zijn.");
        }
    }

    /**
     * The schedule of a regular election: the nomination day is the 44th day before election day. After a
     * dissolution or a royal decree that moves the nomination day (Kieswet art. F 1 lid 3, F 2), the day can differ;
     * then use the constructor with the real day.
     *
     * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukJ_Paragraaf1_ArtikelJ1">
     *     Kieswet art. J 1</a>
     */
    public static ElectionSchedule regular(Edition election, LocalDate electionDay, LocalDate gsbSessionDay,
                                           LocalDate csbSessionDay) {
        return new ElectionSchedule(election, electionDay.minusDays(DAYS_FROM_NOMINATION_TO_ELECTION), electionDay,
                gsbSessionDay, csbSessionDay);
    }

    /** The date of an anchor day. */
    public LocalDate dayOf(Anchor anchor) {
        return switch (anchor) {
            case NOMINATION_DAY -> nominationDay;
            case ELECTION_DAY -> electionDay;
            case GSB_SESSION -> gsbSessionDay;
            case CSB_SESSION -> csbSessionDay;
        };
    }
}
