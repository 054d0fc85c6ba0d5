package nl.stemwerk.turnout.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.stemwerk.turnout.internal.sheet.SheetCells;
import nl.stemwerk.turnout.internal.text.Problems;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.SourcePosition;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads CBS estimates of eligible voters per municipality from an xlsx table, such as the custom table
 * "Kiesgerechtigden gemeenteraadsverkiezingen 16 maart 2022" and table 2 of "Kiesgerechtigd 17 maart 2021".
 * The table is found by its header cells "gemeentecode" and "Kiesgerechtigde bevolking"; a unit row
 * "x 1 000" means thousands with one decimal, so the figure is exact to 100 persons.
 */
public final class CbsEligibleVotersReader {
    private static final String CODE_HEADER = "gemeentecode";
    private static final String VALUE_HEADER = "kiesgerechtigde bevolking";
    private static final int UNIT_SEARCH_ROWS = 4;

    private CbsEligibleVotersReader() {
    }

    public static List<EligibleVotersEstimate> read(String source, InputStream in) {
        try (Workbook workbook = SheetCells.open(source, in)) {
            for (Sheet sheet : workbook) {
                SheetCells cells = new SheetCells(sheet);
                for (int r = 0; r <= Math.min(cells.lastRow(), 20); r++) {
                    List<String> row = lower(cells.row(r));
                    int code = row.indexOf(CODE_HEADER);
                    int value = row.indexOf(VALUE_HEADER);
                    if (code >= 0 && value >= 0) {
                        return table(source, sheet.getSheetName(), cells, r, code, value, nameColumn(row));
                    }
                }
            }
        } catch (IOException e) {
            throw TurnoutInputException.of(InputProblemCode.UNREADABLE, SourcePosition.file(source),
                    "Het bestand kan niet worden gelezen: " + e.getMessage());
        }
        throw TurnoutInputException.of(InputProblemCode.MISSING_COLUMN, SourcePosition.file(source),
                "Geen werkblad heeft de kolommen 'gemeentecode' en 'Kiesgerechtigde bevolking'. Is dit een CBS-tabel "
                        + "met kiesgerechtigden per gemeente?");
    }

    private static List<EligibleVotersEstimate> table(String source, String sheetName, SheetCells cells, int header,
                                                      int codeColumn, int valueColumn, int nameColumn) {
        long multiplier = 1;
        long roundedTo = 1;
        for (int r = header + 1; r <= header + UNIT_SEARCH_ROWS; r++) {
            if (cells.text(r, valueColumn).toLowerCase(Locale.ROOT).replace(" ", "").equals("x1000")) {
                multiplier = 1000;
                roundedTo = 100;
            }
        }
        String table = sheetName + ": " + cells.text(0, 0);
        Problems problems = new Problems();
        List<EligibleVotersEstimate> estimates = new ArrayList<>();
        for (int r = header + 1; r <= cells.lastRow(); r++) {
            String code = cells.text(r, codeColumn);
            if (!code.matches("GM\\d{4}")) {
                continue;
            }
            double value = cells.number(r, valueColumn);
            if (Double.isNaN(value) || value < 0) {
                problems.add(InputProblemCode.NOT_A_NUMBER, SourcePosition.row(source, r + 1)
                                .withColumn(CellReference.convertNumToColString(valueColumn)),
                        "Bij " + code + " moet een aantal kiesgerechtigden staan, maar er staat '"
                                + cells.text(r, valueColumn) + "'.");
                continue;
            }
            long persons = BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(multiplier)).longValue();
            String name = nameColumn >= 0 ? cells.text(r, nameColumn) : "";
            estimates.add(new EligibleVotersEstimate(code, name, persons, roundedTo, table));
        }
        problems.throwIfAny();
        return estimates;
    }

    private static int nameColumn(List<String> header) {
        int name = header.indexOf("gemeentenaam");
        return name >= 0 ? name : header.indexOf("gemeente");
    }

    private static List<String> lower(List<String> row) {
        return row.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}
