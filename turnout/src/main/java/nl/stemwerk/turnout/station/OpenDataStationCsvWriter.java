package nl.stemwerk.turnout.station;

import static nl.stemwerk.turnout.station.internal.OpenDataColumns.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes stations as CSV in the Stembureaus Open Data Standaard 1.7: the standard's column names, one row
 * per stop, comma-separated (RFC 4180), so that WaarIsMijnStemlokaal and data.overheid.nl can take it.
 * Coordinates are written as Latitude/Longitude with seven decimals and as RD X/Y in whole metres.
 */
public final class OpenDataStationCsvWriter {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private OpenDataStationCsvWriter() {
    }

    public static void write(StationList stations, Writer out) {
        try {
            List<String> columns = all();
            out.write(line(columns));
            for (StationListing station : stations.stations()) {
                for (StationStop stop : station.stops()) {
                    Map<String, String> values = values(station, stop);
                    out.write(line(columns.stream().map(c -> values.getOrDefault(c, "")).toList()));
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> values(StationListing station, StationStop stop) {
        Map<String, String> values = new HashMap<>();
        station.municipalityCode().ifPresent(code -> values.put(MUNICIPALITY_CODE, code));
        values.put(NUMBER, String.valueOf(station.number()));
        values.put(NAME, station.name());
        values.put(TYPE, station.typeName());
        stop.districtCode().ifPresent(code -> values.put(DISTRICT_CODE, code));
        stop.neighbourhoodCode().ifPresent(code -> values.put(NEIGHBOURHOOD_CODE, code));
        Address address = stop.address();
        values.put(BAG_ID, address.bagId());
        values.put(STREET, address.street());
        values.put(HOUSE_NUMBER, address.houseNumber());
        values.put(HOUSE_LETTER, address.houseLetter());
        values.put(HOUSE_NUMBER_ADDITION, address.addition());
        values.put(POSTCODE, address.postcode());
        values.put(PLACE, address.place());
        values.put(EXTRA_ADDRESS, address.extra());
        stop.location().ifPresent(point -> {
            values.put(LATITUDE, String.format(Locale.ROOT, "%.7f", point.latitude()));
            values.put(LONGITUDE, String.format(Locale.ROOT, "%.7f", point.longitude()));
            values.put(X, String.valueOf(Math.round(point.toRd().x())));
            values.put(Y, String.valueOf(Math.round(point.toRd().y())));
        });
        values.put(OPENS, stop.window().opens().format(DATE_TIME));
        values.put(CLOSES, stop.window().closes().format(DATE_TIME));
        stop.accessibility().answers().forEach((feature, answer) -> values.put(feature.column(), answer));
        values.put(EXTRA_ACCESSIBILITY, stop.accessibility().extra());
        return values;
    }

    private static String line(List<String> cells) {
        return cells.stream().map(OpenDataStationCsvWriter::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
