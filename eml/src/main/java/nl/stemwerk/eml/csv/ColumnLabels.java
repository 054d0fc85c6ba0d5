package nl.stemwerk.eml.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.stemwerk.eml.count.ReportingUnit;

/**
 * The three header cells of a reporting unit's column, derived from its identifier and name the way the
 * Kiesraad's eml2csv does: "Stembureau Dorpshuis De Hucht (postcode: 6626 AC)" with id "0668::SB1" becomes
 * name "Dorpshuis De Hucht", number "1" and postcode "6626 AC".
 */
record ColumnLabels(String name, String number, String postcode) {
    // Unicode classes, because eml2csv's Python \d and \w match any Unicode digit or letter.
    private static final Pattern PREFIX = Pattern.compile("^((Stembureau )|(Briefstembureau ))+",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern POSTCODE = Pattern.compile(" \\(postcode: (\\d{4} \\w{2})\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern STATION_ID = Pattern.compile("^\\d+::SB", Pattern.UNICODE_CHARACTER_CLASS);

    static ColumnLabels of(ReportingUnit unit) {
        String name = POSTCODE.matcher(PREFIX.matcher(unit.name()).replaceFirst("")).replaceAll("");
        Matcher postcode = POSTCODE.matcher(unit.name());
        String number = STATION_ID.matcher(unit.id()).replaceFirst("");
        return new ColumnLabels(name, number, postcode.find() ? postcode.group(1) : "");
    }
}
