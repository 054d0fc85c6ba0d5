package nl.stemwerk.turnout.station;

import java.util.Optional;
import nl.stemwerk.turnout.internal.text.Postcodes;

/**
 * Where a station is, as the open-data standard describes it.
 *
 * @param bagId       "BAG Nummeraanduiding ID", 16 digits; "0000000000000000" for a place without address
 * @param street      "Straatnaam"
 * @param houseNumber "Huisnummer"
 * @param houseLetter "Huisletter"
 * @param addition    "Huisnummertoevoeging"
 * @param postcode    "Postcode", as "1234 AB" when it is one
 * @param place       "Plaats"
 * @param extra       "Extra adresaanduiding", e.g. "Ingang aan achterkant gebouw"
 */
public record Address(String bagId, String street, String houseNumber, String houseLetter, String addition,
                      String postcode, String place, String extra) {
    public Address {
        bagId = orEmpty(bagId);
        street = orEmpty(street);
        houseNumber = orEmpty(houseNumber);
        houseLetter = orEmpty(houseLetter);
        addition = orEmpty(addition);
        postcode = Postcodes.normalise(postcode).orElse(orEmpty(postcode));
        place = orEmpty(place);
        extra = orEmpty(extra);
    }

    public static Address none() {
        return new Address("", "", "", "", "", "", "", "");
    }

    /** The four digits of the postcode, when it is a postcode. */
    public Optional<String> pc4() {
        return Postcodes.pc4(postcode);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
