package nl.stemwerk.app.dataentry;

import java.util.Map;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.kieswet.dataentry.DataEntryTransitionException;

/**
 * A data-entry action the rules do not allow now, with the library's code and Dutch message. It is input the user
 * must correct (the API answers 400), and nothing was stored.
 */
public final class DataEntryRefused extends InvalidInput {
    private static final long serialVersionUID = 1L;

    private final String code;

    DataEntryRefused(String code, String dutchMessage) {
        super(Map.of("status", dutchMessage));
        this.code = code;
    }

    static DataEntryRefused of(DataEntryTransitionException e) {
        return new DataEntryRefused(e.code(), e.error().dutchMessage());
    }

    /** The machine code, e.g. {@code FIRST_ENTRY_ALREADY_CLAIMED} or {@code NOT_ASSIGNED}. */
    public String code() {
        return code;
    }

    static DataEntryRefused notFound(long dataEntryId) {
        return new DataEntryRefused("NOT_FOUND", "Deze invoer bestaat niet (nummer " + dataEntryId + ").");
    }

    static DataEntryRefused noSuchStation(int number) {
        return new DataEntryRefused("NO_SUCH_STATION", number == 0
                ? "Deze zitting heeft geen invoer van de uitkomst van het GSB."
                : "Stembureau " + number + " hoort niet bij deze zitting.");
    }

    static DataEntryRefused notAssigned(nl.stemwerk.app.committee.CommitteeSession session) {
        return new DataEntryRefused("NOT_ASSIGNED", "U bent geen invoerder van deze zitting ("
                + session.dutchLabel() + "). Vraag de coördinator om u toe te voegen.");
    }

    static DataEntryRefused sessionNotEntering(nl.stemwerk.app.committee.CommitteeSession session) {
        return new DataEntryRefused("SESSION_NOT_ENTERING", switch (session.status()) {
            case PAUSED -> "De invoer is gepauzeerd door de coördinator. Wacht tot de invoer weer verdergaat.";
            case COMPLETED -> "De invoer van deze zitting is afgerond.";
            default -> "De invoer van deze zitting is nog niet gestart.";
        });
    }

    static DataEntryRefused sessionCompleted() {
        return new DataEntryRefused("SESSION_COMPLETED", "De invoer van deze zitting is afgerond. Er kan niets meer"
                + " veranderen.");
    }
}
