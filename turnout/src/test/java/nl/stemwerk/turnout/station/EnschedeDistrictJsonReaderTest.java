package nl.stemwerk.turnout.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import nl.stemwerk.turnout.RealAreas;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.geo.Area;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.problem.InputProblem;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.junit.jupiter.api.Test;

class EnschedeDistrictJsonReaderTest {
    static final String FILE = "turnout/stations/enschede_2012_stemdistrict_stembureaus.json";
    static final LocalDate TK2012 = LocalDate.of(2012, 9, 12);

    static StationList enschede() throws Exception {
        try (InputStream in = SharedData.open(FILE)) {
            return EnschedeDistrictJsonReader.read("enschede_2012_stemdistrict_stembureaus.json", in, TK2012);
        }
    }

    static Area enschedeBoundary() {
        return RealAreas.geoJson(RealAreas.GEMEENTEN_GEOJSON).byCode("GM0153").orElseThrow();
    }

    /** 77 districts; district 1 is Langestraat 24, 7511 HC, at 52.219147 N, 6.896398 E. */
    @Test
    void the77EnschedeDistrictsAreReadWithTheirPlaces() throws Exception {
        StationList list = enschede();

        assertThat(list.stations()).hasSize(77);
        StationListing first = list.byNumber(1).orElseThrow();
        assertThat(first.address().street()).isEqualTo("LANGESTRAAT");
        assertThat(first.address().postcode()).isEqualTo("7511 HC");
        assertThat(first.locations()).containsExactly(new GeoPoint(52.219147, 6.896398));
        assertThat(first.name()).isEqualTo("Stemdistrict 1 (stadsdeel centrum)");
        assertThat(list.openingHoursOn(TK2012)).hasSize(77).containsEntry(1, Duration.ofMinutes(810));
    }

    /** Districts 11, 205 and 306 have latitude 0 and longitude 0 in the file. */
    @Test
    void stationsAtZeroZeroAreReportedAsOutsideTheMunicipality() throws Exception {
        StationList list = enschede();

        assertThatThrownBy(() -> StationPlacement.requireInside(list, enschedeBoundary(), "enschede.json", 500))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.problems()).extracting(InputProblem::code)
                            .containsOnly(InputProblemCode.STATION_OUTSIDE_MUNICIPALITY);
                    assertThat(e.problems()).extracting(InputProblem::message)
                            .anySatisfy(m -> assertThat(m).startsWith("Stembureau 11 ").contains("ver buiten de gemeente Enschede"))
                            .anySatisfy(m -> assertThat(m).startsWith("Stembureau 205 "))
                            .anySatisfy(m -> assertThat(m).startsWith("Stembureau 306 "));
                    assertThat(e.problems()).hasSize(3)
                            .allSatisfy(p -> assertThat(p.position().column()).isEqualTo("Latitude"));
                });
    }

    @Test
    void onceTheCallerMarksThemUnknownTheRestLiesInsideEnschede() throws Exception {
        StationList corrected = enschede().withUnknownLocation(Set.of(11, 205, 306));

        assertThatCode(() -> StationPlacement.requireInside(corrected, enschedeBoundary(), "enschede.json", 500))
                .doesNotThrowAnyException();
        assertThat(corrected.byNumber(11).orElseThrow().locations()).isEmpty();
        assertThat(corrected.stations()).hasSize(77);
    }

    @Test
    void aStationJustOutsideASimplifiedBorderIsAcceptedWithinTheTolerance() throws Exception {
        String json = "[{\"districtcode\":\"1\",\"locatienaam\":\"Grens\",\"postcode\":\"7511HC\",\"straatnaam\":\"X\","
                + "\"huisnummer\":1,\"huisnummertoevoeging\":\"NULL\",\"stadsdeel\":\"STADSDEEL CENTRUM\","
                + "\"latitude\":52.219147,\"longitude\":6.896398}]";
        StationList list = EnschedeDistrictJsonReader.read("een.json", new ByteArrayInputStream(json.getBytes()), TK2012);

        assertThatCode(() -> StationPlacement.requireInside(list, enschedeBoundary(), "een.json", 0))
                .doesNotThrowAnyException();
    }

    @Test
    void textWhereADistrictNumberBelongsIsRefused() {
        String json = "[{\"districtcode\":\"elf\",\"latitude\":52.2,\"longitude\":6.9}]";

        assertThatThrownBy(() -> EnschedeDistrictJsonReader.read("x.json", new ByteArrayInputStream(json.getBytes()), TK2012))
                .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                    assertThat(e.getMessage()).startsWith("bestand x.json, rij 1, kolom 'districtcode'");
                });
    }
}
