package nl.stemwerk.sortition.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.stemwerk.sortition.Problem;
import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * Reads CSV as RFC 4180 describes it: quoted cells, doubled quotes, line breaks inside quotes. The separator is
 * taken from the header line: a comma, or the semicolon that Dutch spreadsheet programs write, or a tab.
 */
public final class CsvParser {
    private CsvParser() {
    }

    public static CsvTable parse(Reader reader, String fileName) {
        String text = readAll(reader);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<RawRecord> records = split(text, separator, fileName);
        if (records.isEmpty() || records.getFirst().cells().stream().allMatch(String::isBlank)) {
            throw new SortitionException(ProblemCode.CSV_EMPTY,
                    fileName + " is leeg. De eerste regel moet de kolomnamen bevatten.");
        }
        List<String> header = records.getFirst().cells().stream().map(String::strip).toList();
        checkHeader(header, fileName);
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> rows = new ArrayList<>();
        for (RawRecord record : records.subList(1, records.size())) {
            if (record.cells().size() == 1 && record.cells().getFirst().isBlank()) {
                continue;
            }
            if (record.cells().size() != header.size()) {
                problems.add(new Problem(ProblemCode.CSV_WRONG_CELL_COUNT, fileName + ", regel " + record.line()
                        + ": " + record.cells().size() + " cellen, maar de kopregel heeft " + header.size()
                        + " kolommen."));
                continue;
            }
            rows.add(new CsvTable.Row(record.line(), record.cells().stream().map(String::strip).toList()));
        }
        if (!problems.isEmpty()) {
            throw new SortitionException(problems);
        }
        return new CsvTable(fileName, header, rows);
    }

    private static void checkHeader(List<String> header, String fileName) {
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!name.isEmpty() && !seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new SortitionException(ProblemCode.CSV_DUPLICATE_COLUMN,
                        fileName + ": de kolom '" + name + "' staat twee keer in de kopregel.");
            }
        }
    }

    private record RawRecord(int line, List<String> cells) {
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long bestCount = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<RawRecord> split(String text, char separator, String fileName) {
        List<RawRecord> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (quoted) {
                if (c == '"' && index + 1 < text.length() && text.charAt(index + 1) == '"') {
                    cell.append('"');
                    index++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                    index++;
                }
                cells.add(cell.toString());
                records.add(new RawRecord(recordLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new SortitionException(ProblemCode.CSV_UNCLOSED_QUOTE, fileName + ", regel " + quoteLine
                    + ": een aanhalingsteken (\") wordt niet afgesloten.");
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new RawRecord(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
