package nl.stemwerk.app.committee;

import java.util.List;
import nl.stemwerk.kieswet.check.CheckCode;

/**
 * A warning on a definitive result that the committee explains in its proces-verbaal.
 *
 * @param dataEntryId   the data entry
 * @param stationNumber the polling station
 * @param stationName   its name
 * @param code          the warning (W.201–W.204)
 * @param fields        the boxes involved
 * @param explanation   the committee's latest explanation, or {@code null} while there is none
 */
public record WarningToExplain(long dataEntryId, int stationNumber, String stationName, CheckCode code,
                               List<String> fields, String explanation) {
    public boolean explained() {
        return explanation != null && !explanation.isBlank();
    }

    /** The form field that carries this warning's explanation. */
    public String key() {
        return dataEntryId + "-" + code.name();
    }
}
