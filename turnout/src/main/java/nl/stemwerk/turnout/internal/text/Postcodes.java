package nl.stemwerk.turnout.internal.text;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dutch postcodes: "6511 WT", also written "6511WT" or "6511 wt". */
public final class Postcodes {
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s*([A-Za-z]{2})");

    private Postcodes() {
    }

    /** The postcode as "1234 AB", or empty when the text is not a postcode. */
    public static Optional<String> normalise(String raw) {
        var matcher = POSTCODE.matcher(raw == null ? "" : raw.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT));
    }

    /** The four digits ("PC4") of a postcode, or empty. */
    public static Optional<String> pc4(String raw) {
        return normalise(raw).map(p -> p.substring(0, 4));
    }
}
