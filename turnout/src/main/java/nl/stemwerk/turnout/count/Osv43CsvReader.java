package nl.stemwerk.turnout.count;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.results.VotersCounts;
import nl.stemwerk.turnout.count.internal.VotingDayRule;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.internal.text.CsvParser;
import nl.stemwerk.turnout.internal.text.CsvRow;
import nl.stemwerk.turnout.internal.text.DecodedText;
import nl.stemwerk.turnout.internal.text.Numbers;
import nl.stemwerk.turnout.internal.text.Postcodes;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;

/**
 * Reads the OSV4-3 count export ("osv4-3_telling_….csv") that the Kiesraad's result software writes: four
 * metadata rows, a header with one column per station, the rows "Gebiednummer" and "Postcode", then one row
 * per count label. Separator ';', UTF-8 with BOM; Windows-1252 is accepted and reported.
 *
 * <p>The whole file is checked before anything is returned: every station column must have a number and a
 * whole, non-negative count in every row we use, and the columns must add up to the file's "Totaal".
 */
public final class Osv43CsvReader {
    static final String CALLED = "opgeroepenen";
    static final String POLL_CARDS = "geldige stempas";
    static final String PROXIES = "geldig volmachtbewijs";
    static final String VOTER_CARDS = "geldige kiezerspas";
    static final String ADMITTED = "toegelaten kiezers";
    static final String VALID = "geldige stembiljetten";
    static final String BLANK = "blanco stembiljetten";
    static final String INVALID = "ongeldige stembiljetten";
    private static final List<String> COUNT_ROWS =
            List.of(CALLED, POLL_CARDS, PROXIES, VOTER_CARDS, ADMITTED, VALID, BLANK, INVALID);
    private static final String HEADER_LABEL = "Lijstnummer";
    private static final String TOTAL_LABEL = "Totaal";

    private Osv43CsvReader() {
    }

    /** Reads bytes: UTF-8 (with or without BOM) or Windows-1252. */
    public static ElectionCount read(String source, InputStream in) {
        return parse(source, DecodedText.read(source, in));
    }

    /** Reads text that the caller already decoded. */
    public static ElectionCount read(String source, Reader in) {
        return parse(source, DecodedText.read(source, in));
    }

    private static ElectionCount parse(String source, DecodedText decoded) {
        List<CsvRow> rows = CsvParser.parse(source, decoded.text(), CsvParser.detectSeparator(decoded.text()));
        if (rows.stream().allMatch(CsvRow::isBlank)) {
            throw TurnoutInputException.of(InputProblemCode.EMPTY_FILE, SourcePosition.file(source),
                    "Het bestand is leeg.");
        }
        Problems problems = new Problems();
        Sheet sheet = new Sheet(source, rows, problems);
        String electionName = sheet.metadata("Verkiezing");
        LocalDate electionDate = sheet.date("Datum");
        String municipalityName = sheet.metadata("Gebied").replaceFirst("(?i)^gemeente\\s+", "");
        String municipalityNumber = sheet.municipalityCode("Nummer");
        CsvRow header = sheet.rowStartingWith(HEADER_LABEL);
        CsvRow numbers = sheet.rowStartingWith("Gebiednummer");
        CsvRow postcodes = sheet.rowStartingWith("Postcode");
        Map<String, CsvRow> counts = sheet.countRows(COUNT_ROWS);
        problems.throwIfAny();

        int totalColumn = header.cells().indexOf(TOTAL_LABEL);
        if (totalColumn < 0) {
            throw TurnoutInputException.of(InputProblemCode.MISSING_COLUMN,
                    SourcePosition.row(source, header.line()),
                    "De kolom '" + TOTAL_LABEL + "' ontbreekt in de kopregel.");
        }
        List<Column> columns = stationColumns(source, header, numbers, totalColumn, problems);
        problems.throwIfAny();
        Map<String, long[]> values = countValues(source, counts, columns, totalColumn, problems);
        problems.throwIfAny();

        long calledTotal = Numbers.count(counts.get(CALLED).cell(totalColumn),
                position(source, counts.get(CALLED), TOTAL_LABEL), problems).orElse(0);
        long[] called = values.get(CALLED);
        VotingDayRule dayRule = new VotingDayRule(electionDate, columns.stream().map(c -> c.number).toList(),
                Arrays.stream(called).boxed().toList());
        List<StationCount> stations = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            stations.add(station(column, postcodes.cell(column.index), values, i, dayRule.dayOf(i, column.name)));
        }
        List<ReadNote> notes = new ArrayList<>();
        decoded.note().ifPresent(notes::add);
        dayRule.note(source).ifPresent(notes::add);
        return new ElectionCount(electionName, electionDate, municipalityNumber, municipalityName, calledTotal,
                stations, notes);
    }

    private static StationCount station(Column column, String postcode, Map<String, long[]> values, int i,
                                        VotingDay day) {
        String normalised = Postcodes.normalise(postcode).orElse(postcode.strip());
        PollingStation station = new PollingStation(column.number, column.name, normalised, null,
                OptionalLong.of(values.get(CALLED)[i]));
        VotersCounts voters = new VotersCounts(values.get(POLL_CARDS)[i], values.get(PROXIES)[i],
                values.get(VOTER_CARDS)[i], values.get(ADMITTED)[i]);
        return new StationCount(station, voters, values.get(VALID)[i], values.get(BLANK)[i],
                values.get(INVALID)[i], day);
    }

    private record Column(int index, int number, String name) {
    }

    private static List<Column> stationColumns(String source, CsvRow header, CsvRow numbers, int totalColumn,
                                               Problems problems) {
        List<Column> columns = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        int width = Math.max(header.cells().size(), numbers.cells().size());
        for (int index = totalColumn + 1; index < width; index++) {
            String name = header.cell(index);
            String rawNumber = numbers.cell(index);
            if (name.isEmpty() && rawNumber.isEmpty()) {
                continue;
            }
            SourcePosition position = SourcePosition.row(source, numbers.line()).withColumn(columnLabel(name, index));
            OptionalLong number = Numbers.count(rawNumber, position, problems);
            if (number.isEmpty()) {
                continue;
            }
            if (number.getAsLong() < 1 || number.getAsLong() > Integer.MAX_VALUE) {
                problems.add(InputProblemCode.NOT_A_NUMBER, position,
                        "Een stembureaunummer is 1 of hoger, maar hier staat " + rawNumber + ".");
                continue;
            }
            int stationNumber = (int) number.getAsLong();
            if (!seen.add(stationNumber)) {
                problems.add(InputProblemCode.DUPLICATE_STATION, position,
                        "Stembureau " + stationNumber + " staat twee keer in het bestand.");
            }
            columns.add(new Column(index, stationNumber, name.isEmpty() ? "Stembureau " + stationNumber : name));
        }
        if (columns.isEmpty()) {
            problems.add(InputProblemCode.MISSING_COLUMN, SourcePosition.row(source, header.line()),
                    "Er staan geen stembureaus in de kopregel (na de kolom '" + TOTAL_LABEL + "').");
        }
        return columns;
    }

    private static Map<String, long[]> countValues(String source, Map<String, CsvRow> counts, List<Column> columns,
                                                   int totalColumn, Problems problems) {
        Map<String, long[]> values = new HashMap<>();
        for (String label : COUNT_ROWS) {
            CsvRow row = counts.get(label);
            long[] perStation = new long[columns.size()];
            long sum = 0;
            boolean allRead = true;
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                OptionalLong value = Numbers.count(row.cell(column.index),
                        position(source, row, columnLabel(column.name, column.index)), problems);
                allRead &= value.isPresent();
                perStation[i] = value.orElse(0);
                sum += perStation[i];
            }
            OptionalLong total = Numbers.count(row.cell(totalColumn), position(source, row, TOTAL_LABEL), problems);
            boolean totalOnly = label.equals(CALLED) && sum == 0;
            if (allRead && total.isPresent() && total.getAsLong() != sum && !totalOnly) {
                problems.add(InputProblemCode.TOTAL_MISMATCH, position(source, row, TOTAL_LABEL),
                        "De stembureaus tellen op tot " + sum + " '" + label + "', maar de kolom '" + TOTAL_LABEL
                                + "' zegt " + total.getAsLong() + ".");
            }
            values.put(label, perStation);
        }
        return values;
    }

    private static SourcePosition position(String source, CsvRow row, String column) {
        return SourcePosition.row(source, row.line()).withColumn(column);
    }

    private static String columnLabel(String name, int index) {
        return name.isEmpty() ? "kolom " + (index + 1) : name;
    }

    /** The rows of the file, looked up by their label. */
    private record Sheet(String source, List<CsvRow> rows, Problems problems) {
        String metadata(String label) {
            return rowStartingWith(label).cell(2);
        }

        String municipalityCode(String label) {
            CsvRow row = rowStartingWith(label);
            try {
                return AreaCodes.municipality(row.cell(2));
            } catch (IllegalArgumentException e) {
                problems.add(InputProblemCode.INVALID_AREA_CODE, SourcePosition.row(source, row.line()),
                        "Hier hoort de CBS-code van de gemeente, zoals 0268, maar er staat '" + row.cell(2) + "'.");
                return "";
            }
        }

        LocalDate date(String label) {
            CsvRow row = rowStartingWith(label);
            try {
                return LocalDate.parse(row.cell(2));
            } catch (DateTimeParseException e) {
                problems.add(InputProblemCode.INVALID_DATE, SourcePosition.row(source, row.line()),
                        "De datum van de verkiezing moet er uitzien als 2022-03-16, maar er staat '"
                                + row.cell(2) + "'.");
                return LocalDate.MIN;
            }
        }

        CsvRow rowStartingWith(String label) {
            Optional<CsvRow> row = rows.stream().filter(r -> r.cell(0).equalsIgnoreCase(label)).findFirst();
            if (row.isEmpty()) {
                problems.add(InputProblemCode.MISSING_ROW, SourcePosition.file(source),
                        "De rij '" + label + "' ontbreekt. Is dit een OSV4-3-telbestand?");
                return new CsvRow(0, List.of());
            }
            return row.get();
        }

        Map<String, CsvRow> countRows(List<String> labels) {
            Map<String, CsvRow> found = new HashMap<>();
            for (String label : labels) {
                Optional<CsvRow> row = rows.stream()
                        .filter(r -> r.cell(0).isEmpty() && r.cell(1).toLowerCase(Locale.ROOT).equals(label))
                        .findFirst();
                if (row.isPresent()) {
                    found.put(label, row.get());
                } else {
                    problems.add(InputProblemCode.MISSING_ROW, SourcePosition.file(source),
                            "De rij '" + label + "' ontbreekt, dus we kunnen de opkomst niet berekenen.");
                }
            }
            return found;
        }
    }
}
