package nl.stemwerk.turnout.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.junit.jupiter.api.Test;

class CbsNeighbourhoodFiguresReaderTest {
    static final String FILE = "turnout/cbs/enschede_2009_buurtcijfers.csv";

    static List<AreaPopulation> enschede() throws Exception {
        try (InputStream in = SharedData.open(FILE)) {
            return CbsNeighbourhoodFiguresReader.read("enschede_2009_buurtcijfers.csv", in,
                    "CBS kerncijfers wijken en buurten 2009");
        }
    }

    /**
     * Enschede 2009: 70 buurten. "City" is Gemeentecode 153, Wijkcode 0, Buurtcode 0 → BU01530000 with 2,620
     * inhabitants; "Lasonder, Zeggelt" (quoted, with a comma) → BU01530001 with 1,240. The total over all
     * buurten is 156,130.
     */
    @Test
    void enschedeBuurtenGetTheirCbsCodeAndInhabitants() throws Exception {
        List<AreaPopulation> population = enschede();

        assertThat(population).hasSize(70).allSatisfy(p -> assertThat(p.basis()).isEqualTo(PopulationBasis.INHABITANTS));
        assertThat(population.getFirst()).isEqualTo(new AreaPopulation("BU01530000", "City", 2_620,
                PopulationBasis.INHABITANTS, "CBS kerncijfers wijken en buurten 2009"));
        assertThat(population.get(1).areaCode()).isEqualTo("BU01530001");
        assertThat(population.get(1).name()).isEqualTo("Lasonder, Zeggelt");
        assertThat(population.stream().mapToLong(AreaPopulation::count).sum()).isEqualTo(156_130);
        assertThat(population).extracting(AreaPopulation::areaCode).contains("BU01530908");
    }

    @Test
    void aStatLineFileWithFullCodesIsReadToo() {
        String csv = "WijkenEnBuurten;Codering_3;AantalInwoners_5\nCentrum;WK036300;83 870\nBurgwallen-Oude Zijde;BU03630000;x\n";

        assertThatThrownBy(() -> CbsNeighbourhoodFiguresReader.read("statline.csv",
                new ByteArrayInputStream(csv.getBytes()), "CBS"))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                    assertThat(e.getMessage()).contains("rij 2").contains("'83 870'");
                });
        String clean = csv.replace("83 870", "83870");
        List<AreaPopulation> population = CbsNeighbourhoodFiguresReader.read("statline.csv",
                new ByteArrayInputStream(clean.getBytes()), "CBS");
        assertThat(population).extracting(AreaPopulation::areaCode).containsExactly("WK036300");
    }

    @Test
    void aFileWithoutInhabitantsIsRefused() {
        assertThatThrownBy(() -> CbsNeighbourhoodFiguresReader.read("x.csv",
                new ByteArrayInputStream("a,b\n1,2\n".getBytes()), "CBS"))
                .isInstanceOfSatisfying(TurnoutInputException.class,
                        e -> assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_COLUMN));
    }
}
