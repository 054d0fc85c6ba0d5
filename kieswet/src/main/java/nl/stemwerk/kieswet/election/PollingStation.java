package nl.stemwerk.kieswet.election;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A polling station ("stembureau") of a municipality.
 *
 * @param number          station number, stable for the election ("nummer stembureau")
 * @param name            name of the location
 * @param postcode        postcode of the location, may be empty (e.g. a mobile station)
 * @param type            regular, special or mobile
 * @param numberOfVoters  voters called to this station ("opgeroepen kiezers"), when known
 */
public record PollingStation(int number, String name, String postcode, PollingStationType type,
                             OptionalLong numberOfVoters) {
    public PollingStation {
        if (number < 1) {
            throw new IllegalArgumentException("Stembureaunummer moet 1 of hoger zijn, niet " + number);
        }
        Objects.requireNonNull(name, "name");
        postcode = postcode == null ? "" : postcode;
        type = type == null ? PollingStationType.FIXED : type;
        numberOfVoters = numberOfVoters == null ? OptionalLong.empty() : numberOfVoters;
        if (numberOfVoters.isPresent() && numberOfVoters.getAsLong() < 0) {
            throw new IllegalArgumentException("Aantal kiezers kan niet negatief zijn");
        }
    }
}
