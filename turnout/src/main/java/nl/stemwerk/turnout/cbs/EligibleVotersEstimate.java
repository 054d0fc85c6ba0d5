package nl.stemwerk.turnout.cbs;

import java.util.Objects;
import nl.stemwerk.turnout.geo.AreaCodes;

/**
 * The CBS estimate of a municipality's eligible voters ("kiesgerechtigde bevolking").
 *
 * @param municipalityCode "GM" + 4 digits
 * @param municipalityName as CBS writes it (sometimes without spaces: "WestMaasenWaal")
 * @param eligibleVoters   the estimate in persons
 * @param roundedTo        the precision of the published figure (CBS publishes thousands with one decimal: 100)
 * @param table            which table it came from, for the caveat shown to users
 */
public record EligibleVotersEstimate(String municipalityCode, String municipalityName, long eligibleVoters,
                                     long roundedTo, String table) {
    public EligibleVotersEstimate {
        municipalityCode = AreaCodes.municipality(municipalityCode);
        Objects.requireNonNull(municipalityName, "municipalityName");
        if (eligibleVoters < 0 || roundedTo < 1) {
            throw new IllegalArgumentException("eligibleVoters >= 0 and roundedTo >= 1");
        }
        Objects.requireNonNull(table, "table");
    }
}
