package nl.stemwerk.app.dataentry;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a typist typed in the search box of their station list. Typists search by the number on the paper
 * ("17", "stembureau 17", "sb 17"): when the text holds a number, only the station with exactly that number matches
 * (17 does not match 170, which would put the wrong proces-verbaal within reach). Text without a number matches
 * stations whose name contains it, ignoring case. An empty search matches everything.
 */
record StationSearch(Integer number, String nameContains) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,6}");
    static final StationSearch ALL = new StationSearch(null, "");

    static StationSearch of(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher digits = DIGITS.matcher(trimmed);
        if (digits.find()) {
            return new StationSearch(Integer.parseInt(digits.group()), "");
        }
        return new StationSearch(null, trimmed.toLowerCase(Locale.ROOT));
    }

    boolean matches(int stationNumber, String name) {
        if (number != null) {
            return number == stationNumber;
        }
        return nameContains.isEmpty() || name.toLowerCase(Locale.ROOT).contains(nameContains);
    }

    boolean isEmpty() {
        return number == null && nameContains.isEmpty();
    }
}
