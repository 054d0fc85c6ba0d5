package nl.stemwerk.turnout.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.turnout.internal.text.CsvParser;
import nl.stemwerk.turnout.internal.text.CsvRow;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OpenDataStationXlsxReaderTest {

    /** The fixture's cells: header first, then one list per row. */
    private static List<List<String>> table() {
        String text = StationFixtures.exampleText().substring(1);
        List<List<String>> table = new ArrayList<>();
        for (CsvRow row : CsvParser.parse("fixture", text, ';')) {
            if (!row.isBlank()) {
                table.add(row.cells());
            }
        }
        return table;
    }

    @Test
    void aPublishedTableWithAStationPerRowReadsLikeTheCsv() throws IOException {
        List<List<String>> table = table();
        byte[] xlsx = workbook(sheet -> {
            sheet.getWorkbook().setSheetName(0, "Stembureaus");
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    row.createCell(c).setCellValue(table.get(r).get(c));
                }
            }
        });

        StationList fromXlsx = OpenDataStationXlsxReader.read("stembureaus.xlsx", new ByteArrayInputStream(xlsx));

        StationList fromCsv = StationFixtures.example();
        assertThat(fromXlsx.stations()).hasSameSizeAs(fromCsv.stations());
        assertThat(fromXlsx.stations().getFirst()).isEqualTo(fromCsv.stations().getFirst());
        assertThat(fromXlsx.notes()).extracting(n -> n.code()).isEqualTo(fromCsv.notes().stream().map(n -> n.code()).toList());
    }

    /**
     * The WaarIsMijnStemlokaal form: attribute names in column A, "Voorbeeld" in column E, a station per
     * column from F. Excel stored the BAG id as a number (leading zero lost) and the times as real dates.
     */
    @Test
    void theTransposedWaarIsMijnStemlokaalFormIsRead() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            sheet.getWorkbook().setSheetName(0, "Attributen");
            String[][] rows = {
                {"Attributen", "Verplicht (ja/nee)", "Opmerkingen", "Format", "Voorbeeld", "Invulveld 1", "Invulveld 2"},
                {"Nummer stembureau", "ja", "", "cijfers", "517", "1", ""},
                {"Naam stembureau", "ja", "", "tekst", "Stadhuis", "Raadhuis", ""},
                {"Type stembureau", "ja", "", "", "regulier", "regulier", ""},
                {"BAG Nummeraanduiding ID", "ja", "", "", "0518200000747446", null, ""},
                {"Latitude", "", "", "", "52.0775912", "52.2235", ""},
                {"Longitude", "", "", "", "4.3166395", "5.1762", ""},
                {"Openingstijd", "ja", "", "", "2026-03-18T07:30:00", null, ""},
                {"Sluitingstijd", "ja", "", "", "2026-03-18T21:00:00", null, ""},
                {"Toegankelijk voor mensen met een lichamelijke beperking", "ja", "", "", "ja", "Y", ""},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(4).createCell(5).setCellValue(402100000012345.0);
            CellStyle dateStyle = sheet.getWorkbook().createCellStyle();
            dateStyle.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Cell opens = sheet.getRow(7).createCell(5);
            opens.setCellValue(LocalDateTime.of(2026, 3, 18, 7, 30));
            opens.setCellStyle(dateStyle);
            Cell closes = sheet.getRow(8).createCell(5);
            closes.setCellValue(LocalDateTime.of(2026, 3, 18, 21, 0));
            closes.setCellStyle(dateStyle);
        });

        StationList list = OpenDataStationXlsxReader.read("invulformulier.xlsx", new ByteArrayInputStream(xlsx));

        assertThat(list.stations()).extracting(StationListing::number).as("the example column is not a station")
                .containsExactly(1);
        StationListing raadhuis = list.byNumber(1).orElseThrow();
        assertThat(raadhuis.address().bagId()).isEqualTo("0402100000012345");
        assertThat(raadhuis.stops().getFirst().window().opens()).isEqualTo(LocalDateTime.of(2026, 3, 18, 7, 30));
        assertThat(raadhuis.stops().getFirst().accessibility().answer(AccessibilityFeature.PHYSICAL_ACCESS))
                .contains("ja");
    }

    @Test
    void aProblemInTheFormNamesTheSheetColumnAndAttributeRow() throws IOException {
        byte[] xlsx = workbook(sheet -> {
            String[][] rows = {
                {"Attributen", "", "", "", "Voorbeeld", "Invulveld 1"},
                {"Nummer stembureau", "", "", "", "517", "twee"},
                {"Naam stembureau", "", "", "", "Stadhuis", "Raadhuis"},
                {"Type stembureau", "", "", "", "regulier", "regulier"},
                {"Openingstijd", "", "", "", "2026-03-18T07:30:00", "2026-03-18T07:30:00"},
                {"Sluitingstijd", "", "", "", "2026-03-18T21:00:00", "2026-03-18T21:00:00"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
        });

        assertThatThrownBy(() -> OpenDataStationXlsxReader.read("form.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                    assertThat(e.problems().getFirst().describe()).startsWith("bestand form.xlsx, rij 2, kolom 'F'");
                });
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> OpenDataStationXlsxReader.read("nep.xlsx",
                new ByteArrayInputStream("geen werkmap".getBytes())))
                .isInstanceOfSatisfying(TurnoutInputException.class,
                        e -> assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_SPREADSHEET));
    }

    @Test
    void aWorkbookWithoutStationColumnsIsRefused() throws IOException {
        byte[] xlsx = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("Iets anders"));

        assertThatThrownBy(() -> OpenDataStationXlsxReader.read("anders.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_COLUMN);
                    assertThat(e.getMessage()).contains("Nummer stembureau");
                });
    }

    private interface SheetFiller {
        void fill(Sheet sheet);
    }

    private static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("Blad1"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
