package nl.stemwerk.turnout.station.internal;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.station.AccessibilityFeature;

/** Column names of the Stembureaus Open Data Standaard 1.7, in the order of its "Attributen" sheet. */
public final class OpenDataColumns {
    public static final String MUNICIPALITY = "Gemeente";
    public static final String MUNICIPALITY_CODE = "CBS gemeentecode";
    public static final String NUMBER = "Nummer stembureau";
    public static final String NAME = "Naam stembureau";
    public static final String TYPE = "Type stembureau";
    public static final String BUILDING_USE = "Gebruiksdoel van het gebouw";
    public static final String WEBSITE = "Website locatie";
    public static final String DISTRICT_NAME = "Wijknaam";
    public static final String DISTRICT_CODE = "CBS Wijknummer";
    public static final String NEIGHBOURHOOD_NAME = "Buurtnaam";
    public static final String NEIGHBOURHOOD_CODE = "CBS Buurtnummer";
    public static final String BAG_ID = "BAG Nummeraanduiding ID";
    public static final String STREET = "Straatnaam";
    public static final String HOUSE_NUMBER = "Huisnummer";
    public static final String HOUSE_LETTER = "Huisletter";
    public static final String HOUSE_NUMBER_ADDITION = "Huisnummertoevoeging";
    public static final String POSTCODE = "Postcode";
    public static final String PLACE = "Plaats";
    public static final String EXTRA_ADDRESS = "Extra adresaanduiding";
    public static final String X = "X";
    public static final String Y = "Y";
    public static final String LATITUDE = "Latitude";
    public static final String LONGITUDE = "Longitude";
    public static final String OPENS = "Openingstijd";
    public static final String CLOSES = "Sluitingstijd";
    public static final String EXTRA_ACCESSIBILITY = "Extra toegankelijkheidsinformatie";

    /** Columns without which a file is not a station list in this standard. */
    public static final List<String> REQUIRED = List.of(NUMBER, NAME, TYPE, OPENS, CLOSES);

    private OpenDataColumns() {
    }

    /** Every column we read or write, in the standard's order. */
    public static List<String> all() {
        List<String> columns = new ArrayList<>(List.of(MUNICIPALITY, MUNICIPALITY_CODE, NUMBER, NAME, TYPE,
                BUILDING_USE, WEBSITE, DISTRICT_NAME, DISTRICT_CODE, NEIGHBOURHOOD_NAME, NEIGHBOURHOOD_CODE, BAG_ID,
                STREET, HOUSE_NUMBER, HOUSE_LETTER, HOUSE_NUMBER_ADDITION, POSTCODE, PLACE, EXTRA_ADDRESS, X, Y,
                LATITUDE, LONGITUDE, OPENS, CLOSES));
        for (AccessibilityFeature feature : AccessibilityFeature.values()) {
            columns.add(feature.column());
        }
        columns.add(EXTRA_ACCESSIBILITY);
        return columns;
    }
}
