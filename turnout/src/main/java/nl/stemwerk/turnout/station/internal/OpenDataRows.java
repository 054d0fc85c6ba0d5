package nl.stemwerk.turnout.station.internal;

import static nl.stemwerk.turnout.station.internal.OpenDataColumns.*;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.geo.RdPoint;
import nl.stemwerk.turnout.internal.text.Dutch;
import nl.stemwerk.turnout.internal.text.Numbers;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.ReadNoteCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.station.Accessibility;
import nl.stemwerk.turnout.station.AccessibilityFeature;
import nl.stemwerk.turnout.station.Address;
import nl.stemwerk.turnout.station.OpeningWindow;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;

/**
 * Turns the rows of an open-data station table into stations: one station per municipality and number, one
 * stop per row. Every row is checked; a bad value anywhere stops the file with all problems listed.
 */
public final class OpenDataRows {
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd").optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm").optionalStart().appendPattern(":ss").optionalEnd()
            .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter(Locale.ROOT);
    private static final double SAME_PLACE_METRES = 25;

    private OpenDataRows() {
    }

    public static StationList toStations(String source, List<String> headers, List<TableRecord> records) {
        Problems problems = new Problems();
        List<String> missing = REQUIRED.stream().filter(c -> !headers.contains(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(InputProblemCode.MISSING_COLUMN, SourcePosition.file(source),
                    "De kolommen " + Dutch.list(missing.stream().map(c -> "'" + c + "'").toList())
                            + " ontbreken. Is dit een bestand volgens de Stembureaus Open Data Standaard?");
            problems.throwIfAny();
        }
        Map<String, List<Row>> byStation = new LinkedHashMap<>();
        for (TableRecord record : records) {
            if (record.isBlank()) {
                continue;
            }
            row(record, problems).ifPresent(row -> byStation
                    .computeIfAbsent(row.municipality.orElse("") + "/" + row.number, k -> new ArrayList<>()).add(row));
        }
        List<StationListing> stations = new ArrayList<>();
        for (List<Row> rows : byStation.values()) {
            checkConsistent(rows, problems);
            Row first = rows.getFirst();
            stations.add(new StationListing(first.municipality, first.number, first.name, first.type,
                    rows.stream().map(r -> r.stop).toList()));
        }
        problems.throwIfAny();
        return new StationList(stations, withoutLocationNote(source, stations).stream().toList());
    }

    private record Row(TableRecord record, Optional<String> municipality, int number, String name,
                       PollingStationType type, StationStop stop) {
    }

    private static Optional<Row> row(TableRecord record, Problems problems) {
        int before = problems.size();
        Optional<String> municipality = municipality(record, problems);
        OptionalLong number = Numbers.count(record.get(NUMBER), record.at(NUMBER), problems);
        String name = record.get(NAME);
        if (name.isEmpty()) {
            problems.add(InputProblemCode.MISSING_VALUE, record.at(NAME), "De naam van het stembureau ontbreekt.");
        }
        Optional<PollingStationType> type = type(record, problems);
        Optional<LocalDateTime> opens = dateTime(record, OPENS, problems);
        Optional<LocalDateTime> closes = dateTime(record, CLOSES, problems);
        Optional<GeoPoint> location = location(record, problems);
        Accessibility accessibility = accessibility(record, problems);
        Optional<String> district = areaCode(record, DISTRICT_CODE, "WK\\d{6}", problems);
        Optional<String> neighbourhood = areaCode(record, NEIGHBOURHOOD_CODE, "BU\\d{8}", problems);
        if (number.isPresent() && number.getAsLong() < 1) {
            problems.add(InputProblemCode.NOT_A_NUMBER, record.at(NUMBER), "Een stembureaunummer is 1 of hoger.");
        }
        if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
            problems.add(InputProblemCode.INVALID_OPENING_WINDOW, record.at(CLOSES), "De sluitingstijd "
                    + closes.get() + " ligt niet na de openingstijd " + opens.get() + ".");
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Address address = new Address(bagId(record.get(BAG_ID)), record.get(STREET), record.get(HOUSE_NUMBER),
                record.get(HOUSE_LETTER), record.get(HOUSE_NUMBER_ADDITION), record.get(POSTCODE), record.get(PLACE),
                record.get(EXTRA_ADDRESS));
        StationStop stop = new StationStop(address, location, new OpeningWindow(opens.get(), closes.get()),
                accessibility, district, neighbourhood, record.row());
        return Optional.of(new Row(record, municipality, (int) number.getAsLong(), name, type.get(), stop));
    }

    private static Optional<String> municipality(TableRecord record, Problems problems) {
        String raw = record.get(MUNICIPALITY_CODE);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(AreaCodes.municipality(raw));
        } catch (IllegalArgumentException e) {
            problems.add(InputProblemCode.INVALID_AREA_CODE, record.at(MUNICIPALITY_CODE),
                    "Een CBS-gemeentecode is GM met vier cijfers, zoals GM0518, niet '" + raw + "'.");
            return Optional.empty();
        }
    }

    private static Optional<PollingStationType> type(TableRecord record, Problems problems) {
        String raw = record.get(TYPE).toLowerCase(Locale.ROOT);
        Optional<PollingStationType> type = switch (raw) {
            case "regulier" -> Optional.of(PollingStationType.FIXED);
            case "bijzonder" -> Optional.of(PollingStationType.SPECIAL);
            case "mobiel" -> Optional.of(PollingStationType.MOBILE);
            default -> Optional.empty();
        };
        if (type.isEmpty()) {
            problems.add(raw.isEmpty() ? InputProblemCode.MISSING_VALUE : InputProblemCode.UNKNOWN_CHOICE,
                    record.at(TYPE), "Het type stembureau is 'regulier', 'bijzonder' of 'mobiel', niet '"
                            + record.get(TYPE) + "'.");
        }
        return type;
    }

    private static Optional<LocalDateTime> dateTime(TableRecord record, String column, Problems problems) {
        String raw = record.get(column);
        try {
            return Optional.of(LocalDateTime.parse(raw, DATE_TIME));
        } catch (DateTimeParseException e) {
            problems.add(raw.isEmpty() ? InputProblemCode.MISSING_VALUE : InputProblemCode.INVALID_DATE,
                    record.at(column), "Hier hoort een tijdstip als 2026-03-18T07:30:00, maar er staat '" + raw + "'.");
            return Optional.empty();
        }
    }

    private static Optional<GeoPoint> location(TableRecord record, Problems problems) {
        Optional<double[]> latLon = pair(record, LATITUDE, LONGITUDE, problems);
        if (latLon.isPresent()) {
            double latitude = latLon.get()[0];
            double longitude = latLon.get()[1];
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                problems.add(InputProblemCode.INVALID_COORDINATE, record.at(LATITUDE), "Latitude "
                        + record.get(LATITUDE) + " en Longitude " + record.get(LONGITUDE) + " zijn geen plek op aarde.");
                return Optional.empty();
            }
            return Optional.of(new GeoPoint(latitude, longitude));
        }
        Optional<double[]> xy = pair(record, X, Y, problems);
        if (xy.isEmpty()) {
            return Optional.empty();
        }
        RdPoint rd = new RdPoint(xy.get()[0], xy.get()[1]);
        if (!rd.withinNetherlands()) {
            problems.add(InputProblemCode.INVALID_COORDINATE, record.at(X), "X moet tussen 0 en 300.000 liggen en Y "
                    + "tussen 300.000 en 620.000, maar er staat X " + record.get(X) + " en Y " + record.get(Y) + ".");
            return Optional.empty();
        }
        return Optional.of(rd.toWgs84());
    }

    /** Two numbers that come together (Latitude and Longitude, X and Y): both, or neither. */
    private static Optional<double[]> pair(TableRecord record, String first, String second, Problems problems) {
        OptionalDouble a = Numbers.optionalDecimal(record.get(first), record.at(first), problems);
        OptionalDouble b = Numbers.optionalDecimal(record.get(second), record.at(second), problems);
        if (a.isPresent() != b.isPresent()) {
            problems.add(InputProblemCode.MISSING_VALUE, record.at(a.isPresent() ? second : first),
                    "Vul " + first + " en " + second + " allebei in, of allebei niet.");
            return Optional.empty();
        }
        return a.isPresent() ? Optional.of(new double[] {a.getAsDouble(), b.getAsDouble()}) : Optional.empty();
    }

    private static Accessibility accessibility(TableRecord record, Problems problems) {
        Map<AccessibilityFeature, String> answers = new EnumMap<>(AccessibilityFeature.class);
        for (AccessibilityFeature feature : AccessibilityFeature.values()) {
            String raw = record.get(feature.column());
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> answer = feature.normalise(raw);
            if (answer.isPresent()) {
                answers.put(feature, answer.get());
            } else {
                problems.add(InputProblemCode.UNKNOWN_CHOICE, record.at(feature.column()), "Bij '" + feature.column()
                        + "' kan alleen " + Dutch.list(feature.answers().stream().map(a -> "'" + a + "'").toList(), "of")
                        + ", niet '" + raw + "'.");
            }
        }
        return new Accessibility(answers, record.get(EXTRA_ACCESSIBILITY));
    }

    private static Optional<String> areaCode(TableRecord record, String column, String pattern, Problems problems) {
        String raw = record.get(column).toUpperCase(Locale.ROOT);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        if (!raw.matches(pattern)) {
            problems.add(InputProblemCode.INVALID_AREA_CODE, record.at(column),
                    "'" + record.get(column) + "' is geen CBS-code zoals " + (column.equals(DISTRICT_CODE)
                            ? "WK051828" : "BU05182811") + ".");
            return Optional.empty();
        }
        return Optional.of(raw);
    }

    /** Spreadsheets drop leading zeros of the BAG id; like WaarIsMijnStemlokaal we pad it back to 16 digits. */
    private static String bagId(String raw) {
        String digits = raw.strip();
        return digits.matches("\\d{13,15}") ? "0".repeat(16 - digits.length()) + digits : digits;
    }

    private static void checkConsistent(List<Row> rows, Problems problems) {
        Row first = rows.getFirst();
        for (Row row : rows.subList(1, rows.size())) {
            if (!row.name.equals(first.name) || row.type != first.type) {
                problems.add(InputProblemCode.CONFLICTING_STATION_ROWS, row.record.position(), "Stembureau "
                        + row.number + " staat hier met naam '" + row.name + "' en type '" + row.record.get(TYPE)
                        + "', maar eerder met naam '" + first.name + "' en type '" + first.record.get(TYPE) + "'.");
            } else if (first.type != PollingStationType.MOBILE && !samePlace(first.stop, row.stop)) {
                problems.add(InputProblemCode.CONFLICTING_STATION_ROWS, row.record.position(), "Stembureau "
                        + row.number + " staat hier op een andere plek dan eerder, maar is geen mobiel stembureau. "
                        + "Een stembureau op meer plekken heeft type 'mobiel'.");
            }
        }
    }

    private static boolean samePlace(StationStop a, StationStop b) {
        if (a.location().isPresent() && b.location().isPresent()) {
            return a.location().get().toRd().distanceTo(b.location().get().toRd()) <= SAME_PLACE_METRES;
        }
        return a.address().bagId().equals(b.address().bagId());
    }

    private static Optional<ReadNote> withoutLocationNote(String source, List<StationListing> stations) {
        List<Integer> without = stations.stream().filter(s -> s.locations().isEmpty())
                .map(StationListing::number).toList();
        if (without.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadNote(ReadNoteCode.STATION_WITHOUT_LOCATION, "Van " + without.size()
                + " stembureaus in " + source + " staan geen coördinaten (Latitude/Longitude of X/Y): "
                + Dutch.list(without.subList(0, Math.min(20, without.size()))) + (without.size() > 20 ? " en meer" : "")
                + ". Die kunnen we niet op de kaart zetten en niet in afstanden meenemen."));
    }
}
