package nl.stemwerk.turnout.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.geo.GeoPoint;
import nl.stemwerk.turnout.problem.InputProblem;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNoteCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpenDataStationCsvReaderTest {
    private static final LocalDate ELECTION_DAY = LocalDate.of(2026, 3, 18);

    @Nested
    class TheStandardsExample {
        /** Station 517 of the standard's example: The Hague city hall, Spui 70, 07:30–21:00. */
        @Test
        void theExampleStationIsReadWithAddressPlaceHoursAndAccessibility() {
            StationListing cityHall = StationFixtures.example().byNumber(517).orElseThrow();

            assertThat(cityHall.municipalityCode()).contains("GM0518");
            assertThat(cityHall.name()).isEqualTo("Stadhuis");
            assertThat(cityHall.type()).isEqualTo(PollingStationType.FIXED);
            assertThat(cityHall.address().bagId()).isEqualTo("0518200000747446");
            assertThat(cityHall.address().postcode()).isEqualTo("2511 BT");
            assertThat(cityHall.address().pc4()).contains("2511");
            assertThat(cityHall.locations()).containsExactly(new GeoPoint(52.0775912, 4.3166395));
            assertThat(cityHall.openOn(ELECTION_DAY)).isEqualTo(Duration.ofMinutes(13 * 60 + 30));
            StationStop stop = cityHall.stops().getFirst();
            assertThat(stop.districtCode()).contains("WK051828");
            assertThat(stop.neighbourhoodCode()).contains("BU05182811");
            assertThat(stop.accessibility().answer(AccessibilityFeature.PHYSICAL_ACCESS)).contains("ja");
            assertThat(stop.accessibility().answer(AccessibilityFeature.GUIDANCE_LINES)).contains("buiten en binnen");
            assertThat(stop.accessibility().answer(AccessibilityFeature.SIGN_LANGUAGE_INTERPRETER)).contains("op locatie");
            assertThat(stop.accessibility().extra()).startsWith("Dit stembureau is ingericht");
        }

        /** The standard's JSON example of a break: 10:00–13:00 and 14:00–21:00 is 10 hours on one station. */
        @Test
        void aStationWithABreakIsOneStationWithTwoWindows() {
            StationListing withBreak = StationFixtures.example().byNumber(518).orElseThrow();

            assertThat(withBreak.stops()).hasSize(2);
            assertThat(withBreak.openOn(ELECTION_DAY)).isEqualTo(Duration.ofHours(10));
            assertThat(withBreak.locations()).hasSize(1);
        }

        @Test
        void aMobileStationHasAStopPerPlaceAndRdCoordinatesAreConverted() {
            StationListing mobile = StationFixtures.example().byNumber(900).orElseThrow();

            assertThat(mobile.type()).isEqualTo(PollingStationType.MOBILE);
            assertThat(mobile.stops()).extracting(s -> s.window().opens())
                    .containsExactly(LocalDateTime.of(2026, 3, 18, 9, 0), LocalDateTime.of(2026, 3, 18, 13, 0));
            assertThat(mobile.locations()).hasSize(2);
            GeoPoint second = mobile.locations().get(1);
            assertThat(second.toRd().x()).isCloseTo(80_000, within(0.01));
            assertThat(second.toRd().y()).isCloseTo(456_000, within(0.01));
            assertThat(mobile.openOn(ELECTION_DAY)).isEqualTo(Duration.ofMinutes(4 * 60 + 30));
        }

        @Test
        void aStationWithoutCoordinatesIsKeptAndNamedInANote() {
            StationList list = StationFixtures.example();

            assertThat(list.byNumber(901).orElseThrow().locations()).isEmpty();
            assertThat(list.byNumber(901).orElseThrow().stops().getFirst().accessibility()
                    .answer(AccessibilityFeature.PHYSICAL_ACCESS)).contains("ja");
            assertThat(list.notes()).singleElement().satisfies(n -> {
                assertThat(n.code()).isEqualTo(ReadNoteCode.STATION_WITHOUT_LOCATION);
                assertThat(n.message()).contains("901");
            });
            assertThat(list.openingHoursOn(ELECTION_DAY)).containsEntry(901, Duration.ofMinutes(15 * 60 + 30));
        }
    }

    @Nested
    class BadInput {
        @Test
        void missingRequiredColumnsAreNamed() {
            String csv = "Nummer stembureau;Naam stembureau\n1;Stadhuis\n";

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("kort.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_COLUMN);
                        assertThat(e.getMessage()).contains("'Type stembureau'").contains("'Openingstijd'")
                                .contains("'Sluitingstijd'");
                    });
        }

        @Test
        void textInTheNumberColumnNamesRowAndColumn() {
            String csv = StationFixtures.exampleText().replaceFirst(";517;", ";vijfhonderd;");

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        InputProblem problem = e.problems().getFirst();
                        assertThat(problem.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                        assertThat(problem.position().row()).isEqualTo(2);
                        assertThat(problem.position().column()).isEqualTo("Nummer stembureau");
                        assertThat(problem.message()).contains("'vijfhonderd'");
                    });
        }

        @Test
        void anUnknownTypeAndAnUnknownAccessibilityAnswerAreBothReported() {
            String csv = StationFixtures.exampleText().replaceFirst(";regulier;", ";gewoon;")
                    .replaceFirst(";buiten en binnen;", ";misschien;");

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.problems()).extracting(InputProblem::code)
                                .containsExactly(InputProblemCode.UNKNOWN_CHOICE, InputProblemCode.UNKNOWN_CHOICE);
                        assertThat(e.problems().get(1).message()).contains("'Geleidelijnen'")
                                .contains("'buiten en binnen'").contains("'misschien'");
                    });
        }

        @Test
        void closingBeforeOpeningIsRefused() {
            String csv = StationFixtures.exampleText().replaceFirst("2026-03-18T21:00:00", "2026-03-18T07:00:00");

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_OPENING_WINDOW);
                        assertThat(e.problems().getFirst().position().column()).isEqualTo("Sluitingstijd");
                    });
        }

        @Test
        void aRegularStationAtTwoPlacesIsRefused() {
            String csv = StationFixtures.exampleText().replaceFirst("52.0775912;4.3166395;2026-03-18T14", "52.1;4.4;2026-03-18T14");

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.CONFLICTING_STATION_ROWS);
                        assertThat(e.getMessage()).contains("rij 4").contains("mobiel");
                    });
        }

        @Test
        void rdCoordinatesOutsideTheGridAreRefused() {
            String csv = StationFixtures.exampleText().replace(";80000;456000;", ";80000;56000;");

            assertThatThrownBy(() -> OpenDataStationCsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class,
                            e -> assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_COORDINATE));
        }
    }

    @Test
    void aWindows1252FileIsReadAndReported() {
        String csv = StationFixtures.exampleText().substring(1).replace("Stembus op wielen", "Stembus café");

        StationList list = OpenDataStationCsvReader.read("ansi.csv",
                new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))));

        assertThat(list.byNumber(900).orElseThrow().name()).isEqualTo("Stembus café");
        assertThat(list.notes()).extracting(n -> n.code()).contains(ReadNoteCode.READ_AS_WINDOWS_1252);
    }

    @Test
    void aCommaSeparatedFileIsReadToo() {
        String csv = "Nummer stembureau,Naam stembureau,Type stembureau,Openingstijd,Sluitingstijd,Latitude,Longitude\n"
                + "1,\"Raadhuis, zaal 2\",regulier,2026-03-18T07:30,2026-03-18T21:00,52.2,5.17\n";

        StationList list = OpenDataStationCsvReader.read("komma.csv", new StringReader(csv));

        assertThat(list.stations()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Raadhuis, zaal 2");
            assertThat(s.municipalityCode()).isEmpty();
        });
        assertThat(list.openingHoursOn(ELECTION_DAY)).isEqualTo(Map.of(1, Duration.ofMinutes(810)));
    }
}
