package nl.stemwerk.eml.count;

import java.util.Objects;

import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;

/**
 * What a 510 says before its counts.
 *
 * @param type     {@link EmlMessageType#MUNICIPAL_COUNT} (510b) or {@link EmlMessageType#TOTAL_COUNT} (510d)
 * @param header   header of the file; its authority is the municipality ("0668") or "CSB"
 * @param election which election
 */
public record CountHeader(EmlMessageType type, EmlHeader header, ElectionIdentity election) {
    public CountHeader {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        if (type != EmlMessageType.MUNICIPAL_COUNT && type != EmlMessageType.TOTAL_COUNT) {
            throw new IllegalArgumentException("A count is a 510b or a 510d, not " + type.id());
        }
    }
}
