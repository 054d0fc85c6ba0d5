package nl.stemwerk.turnout.station;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.turnout.internal.sheet.SheetCells;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import nl.stemwerk.turnout.station.internal.OpenDataColumns;
import nl.stemwerk.turnout.station.internal.OpenDataRows;
import nl.stemwerk.turnout.station.internal.TableRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads a station list in the Stembureaus Open Data Standaard from an xlsx workbook, in either layout:
 * <ul>
 *   <li>a table with the column names in one row and a station per row below (how the data is published);</li>
 *   <li>the WaarIsMijnStemlokaal form ("invulformulier", sheet "Attributen"), where the names are in column A
 *       and each station fills a column to the right of "Voorbeeld".</li>
 * </ul>
 * The first sheet holding the column "Nummer stembureau" is used.
 */
public final class OpenDataStationXlsxReader {
    private OpenDataStationXlsxReader() {
    }

    public static StationList read(String source, InputStream in) {
        try (Workbook workbook = SheetCells.open(source, in)) {
            for (Sheet sheet : workbook) {
                SheetCells cells = new SheetCells(sheet);
                Optional<StationList> rows = asRows(source, cells);
                if (rows.isPresent()) {
                    return rows.get();
                }
                Optional<StationList> columns = asColumns(source, cells);
                if (columns.isPresent()) {
                    return columns.get();
                }
            }
        } catch (IOException e) {
            throw TurnoutInputException.of(InputProblemCode.UNREADABLE, SourcePosition.file(source),
                    "Het bestand kan niet worden gelezen: " + e.getMessage());
        }
        throw TurnoutInputException.of(InputProblemCode.MISSING_COLUMN, SourcePosition.file(source),
                "Geen werkblad heeft de kolom '" + OpenDataColumns.NUMBER + "'. Is dit een bestand volgens de "
                        + "Stembureaus Open Data Standaard?");
    }

    private static Optional<StationList> asRows(String source, SheetCells cells) {
        for (int r = 0; r <= Math.min(cells.lastRow(), 20); r++) {
            List<String> headers = cells.row(r);
            if (headers.contains(OpenDataColumns.NUMBER) && headers.contains(OpenDataColumns.NAME)) {
                OpenDataStationCsvReader.checkUnique(source, r + 1, headers);
                List<TableRecord> records = new ArrayList<>();
                for (int data = r + 1; data <= cells.lastRow(); data++) {
                    List<String> row = cells.row(data);
                    Map<String, String> values = new HashMap<>();
                    for (int c = 0; c < headers.size(); c++) {
                        values.put(headers.get(c), c < row.size() ? row.get(c) : "");
                    }
                    records.add(new TableRecord(values, source, data + 1, new TableRecord.Rows()));
                }
                return Optional.of(OpenDataRows.toStations(source, headers, records));
            }
        }
        return Optional.empty();
    }

    private static Optional<StationList> asColumns(String source, SheetCells cells) {
        int firstStationColumn = cells.row(0).indexOf("Voorbeeld") + 1;
        int firstAttributeRow = firstStationColumn > 0 ? 1 : 0;
        if (firstStationColumn == 0) {
            firstStationColumn = 1;
        }
        Map<String, Integer> attributeRows = new HashMap<>();
        List<String> headers = new ArrayList<>();
        for (int r = firstAttributeRow; r <= cells.lastRow(); r++) {
            String name = cells.text(r, 0);
            if (!name.isEmpty() && !attributeRows.containsKey(name)) {
                attributeRows.put(name, r);
                headers.add(name);
            }
        }
        if (!attributeRows.containsKey(OpenDataColumns.NUMBER)) {
            return Optional.empty();
        }
        Map<String, Integer> oneBasedRows = new HashMap<>();
        attributeRows.forEach((name, r) -> oneBasedRows.put(name, r + 1));
        List<TableRecord> records = new ArrayList<>();
        for (int c = firstStationColumn; c <= cells.lastColumn(); c++) {
            Map<String, String> values = new HashMap<>();
            for (var attribute : attributeRows.entrySet()) {
                values.put(attribute.getKey(), cells.text(attribute.getValue(), c));
            }
            records.add(new TableRecord(values, source, 0,
                    new TableRecord.Columns(CellReference.convertNumToColString(c), oneBasedRows)));
        }
        return Optional.of(OpenDataRows.toStations(source, headers, records));
    }
}
