package nl.stemwerk.turnout.station;

import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.turnout.internal.text.CsvParser;
import nl.stemwerk.turnout.internal.text.CsvRow;
import nl.stemwerk.turnout.internal.text.DecodedText;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNote;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import nl.stemwerk.turnout.station.internal.OpenDataRows;
import nl.stemwerk.turnout.station.internal.TableRecord;

/**
 * Reads a station list in the Stembureaus Open Data Standaard as CSV: a header row with the standard's
 * column names, then one row per station and opening window (a mobile station has a row per place).
 * Separator ';', ',' or tab; UTF-8, or Windows-1252 with a note.
 *
 * @see <a href="https://github.com/openstate/stembureaus/tree/master/files">The standard's sheets (version 1.7)</a>
 */
public final class OpenDataStationCsvReader {
    private OpenDataStationCsvReader() {
    }

    public static StationList read(String source, InputStream in) {
        return parse(source, DecodedText.read(source, in));
    }

    public static StationList read(String source, Reader in) {
        return parse(source, DecodedText.read(source, in));
    }

    private static StationList parse(String source, DecodedText decoded) {
        List<CsvRow> rows = CsvParser.parse(source, decoded.text(), CsvParser.detectSeparator(decoded.text()));
        rows = rows.stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw TurnoutInputException.of(InputProblemCode.EMPTY_FILE, SourcePosition.file(source), "Het bestand is leeg.");
        }
        CsvRow header = rows.getFirst();
        List<String> headers = header.cells().stream().map(String::strip).toList();
        checkUnique(source, header.line(), headers);
        List<TableRecord> records = new ArrayList<>();
        for (CsvRow row : rows.subList(1, rows.size())) {
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                values.put(headers.get(c), row.cell(c));
            }
            records.add(new TableRecord(values, source, row.line(), new TableRecord.Rows()));
        }
        StationList stations = OpenDataRows.toStations(source, headers, records);
        List<ReadNote> notes = new ArrayList<>();
        decoded.note().ifPresent(notes::add);
        notes.addAll(stations.notes());
        return new StationList(stations.stations(), notes);
    }

    static void checkUnique(String source, int row, List<String> headers) {
        List<String> seen = new ArrayList<>();
        for (String header : headers) {
            if (!header.isEmpty() && seen.contains(header)) {
                throw TurnoutInputException.of(InputProblemCode.DUPLICATE_COLUMN,
                        SourcePosition.row(source, row).withColumn(header),
                        "De kolom '" + header + "' staat twee keer in de kopregel.");
            }
            seen.add(header);
        }
    }
}
