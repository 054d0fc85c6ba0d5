package nl.stemwerk.turnout.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CbsEligibleVotersReaderTest {

    static List<EligibleVotersEstimate> read(String file) throws Exception {
        try (InputStream in = SharedData.open("turnout/cbs/" + file)) {
            return CbsEligibleVotersReader.read(file, in);
        }
    }

    static Map<String, EligibleVotersEstimate> byCode(List<EligibleVotersEstimate> estimates) {
        return estimates.stream().collect(Collectors.toMap(EligibleVotersEstimate::municipalityCode, Function.identity()));
    }

    /**
     * CBS custom table for GR2022, "Tabel 1", in thousands with one decimal: Hilversum 70.7, Nijmegen 147,
     * West Maas en Waal 16.2; 334 municipalities held an election on 16 March 2022.
     */
    @Test
    void theGr2022CustomTableGivesEligibleVotersPerMunicipalityToTheHundred() throws Exception {
        List<EligibleVotersEstimate> estimates = read("Maatwerk_kiesgerechtigd_per_gemeente_def.xlsx");

        assertThat(estimates).hasSize(334);
        Map<String, EligibleVotersEstimate> byCode = byCode(estimates);
        assertThat(byCode.get("GM0402").eligibleVoters()).isEqualTo(70_700);
        assertThat(byCode.get("GM0268").eligibleVoters()).isEqualTo(147_000);
        assertThat(byCode.get("GM0668").eligibleVoters()).isEqualTo(16_200);
        assertThat(byCode.get("GM0668").municipalityName()).isEqualTo("WestMaasenWaal");
        assertThat(byCode.get("GM0402").roundedTo()).isEqualTo(100);
        assertThat(byCode.get("GM0402").table()).startsWith("Tabel 1: Tabel 1. Schatting van de kiesgerechtigde bevolking");
    }

    /**
     * "Kiesgerechtigd 17 maart 2021", table 2 (column D, thousands): Hilversum 65.1, Nijmegen 137.7,
     * West Maas en Waal 15.5, Enschede 119.6; 355 municipalities. The "Niet-kiesgerechtigde bevolking"
     * column next to it is not taken.
     */
    @Test
    void theTk2021TableIsFoundOnItsSecondSheet() throws Exception {
        Map<String, EligibleVotersEstimate> byCode = byCode(read("Kiesgerechtigd_20210317.xlsx"));

        assertThat(byCode).hasSize(355);
        assertThat(byCode.get("GM0402").eligibleVoters()).isEqualTo(65_100);
        assertThat(byCode.get("GM0268").eligibleVoters()).isEqualTo(137_700);
        assertThat(byCode.get("GM0668").eligibleVoters()).isEqualTo(15_500);
        assertThat(byCode.get("GM0153").eligibleVoters()).isEqualTo(119_600);
        assertThat(byCode.get("GM0153").municipalityName()).isEqualTo("Enschede");
    }

    @Test
    void textWhereAFigureBelongsNamesTheCell() throws Exception {
        byte[] xlsx = workbook(sheet -> {
            row(sheet, 0, "gemeente", "gemeentecode", "Kiesgerechtigde bevolking");
            row(sheet, 1, "", "", "x 1 000");
            row(sheet, 2, "Proefdorp", "GM0999", "veel");
        });

        assertThatThrownBy(() -> CbsEligibleVotersReader.read("cbs.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                    assertThat(e.getMessage()).startsWith("bestand cbs.xlsx, rij 3, kolom 'C'").contains("'veel'");
                });
    }

    @Test
    void aWorkbookWithoutTheTableIsRefused() throws Exception {
        byte[] xlsx = workbook(sheet -> row(sheet, 0, "iets", "anders"));

        assertThatThrownBy(() -> CbsEligibleVotersReader.read("leeg.xlsx", new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(TurnoutInputException.class,
                        e -> assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_COLUMN));
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    private static byte[] workbook(Consumer<Sheet> filler) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.accept(workbook.createSheet("Tabel"));
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
