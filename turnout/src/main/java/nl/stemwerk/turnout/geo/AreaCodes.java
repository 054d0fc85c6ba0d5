package nl.stemwerk.turnout.geo;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CBS area codes. Municipalities are "GM" + 4 digits; sources also write "0402" (OSV4-3, EML) or "G0402"
 * (the Kiesraad election maps). Districts ("wijk") are "WK" + municipality + 2 digits, neighbourhoods
 * ("buurt") "BU" + municipality + 4 digits.
 */
public final class AreaCodes {
    private static final Pattern MUNICIPALITY = Pattern.compile("(?:GM|G)?(\\d{1,4})");

    private AreaCodes() {
    }

    /** "0402", "402", "G0402" and "gm0402" all become "GM0402". */
    public static String municipality(String raw) {
        String value = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        var matcher = MUNICIPALITY.matcher(value);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Geen CBS-gemeentecode: '" + raw + "'");
        }
        return "GM" + "0".repeat(4 - matcher.group(1).length()) + matcher.group(1);
    }

    /** The municipality a WK or BU code belongs to ("WK040201" → "GM0402"); a GM code is returned as is. */
    public static String municipalityOf(String areaCode) {
        String code = areaCode.toUpperCase(Locale.ROOT);
        if (code.startsWith("WK") || code.startsWith("BU")) {
            return "GM" + code.substring(2, 6);
        }
        return municipality(code);
    }

    /** The district a neighbourhood belongs to ("BU04020506" → "WK040205"). */
    public static String districtOf(String neighbourhoodCode) {
        if (!neighbourhoodCode.startsWith("BU") || neighbourhoodCode.length() != 10) {
            throw new IllegalArgumentException("Geen CBS-buurtcode: '" + neighbourhoodCode + "'");
        }
        return "WK" + neighbourhoodCode.substring(2, 8);
    }
}
