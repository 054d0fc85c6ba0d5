package nl.stemwerk.turnout.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Cell text of a sheet as a user sees it, except that dates become ISO text ("2026-03-18T07:30:00") and
 * numbers keep all their digits, so that a BAG id or a coordinate is not cut by the cell's display format.
 */
public final class SheetCells {
    private final Sheet sheet;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public SheetCells(Sheet sheet) {
        this.sheet = sheet;
    }

    /** Opens an xlsx (or xls) workbook, or says in Dutch why not. */
    public static Workbook open(String source, InputStream in) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw TurnoutInputException.of(InputProblemCode.INVALID_SPREADSHEET, SourcePosition.file(source),
                    "Het bestand is geen werkmap die we kunnen openen (xlsx): " + e.getMessage());
        }
    }

    public int lastRow() {
        return sheet.getLastRowNum();
    }

    public int lastColumn() {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    /** The texts of a row, trimmed; empty list for a missing row. */
    public List<String> row(int r) {
        Row row = sheet.getRow(r);
        List<String> texts = new ArrayList<>();
        if (row == null) {
            return texts;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            texts.add(text(row.getCell(c)));
        }
        return texts;
    }

    public String text(int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? "" : text(row.getCell(c));
    }

    /** The number in a cell, or NaN when it holds none. */
    public double number(int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null) {
            return Double.NaN;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        try {
            return Double.parseDouble(text(cell).replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        }
        if (type == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }
}
