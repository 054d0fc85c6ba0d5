package nl.stemwerk.turnout.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.stemwerk.turnout.RealCounts;
import nl.stemwerk.turnout.SharedData;
import nl.stemwerk.turnout.problem.InputProblem;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.ReadNoteCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class Osv43CsvReaderTest {

    @Nested
    class RealFiles {
        /** Hilversum GR2022: 43 election-day columns (1–43) and 20 early-voting columns (101–241, dated). */
        @Test
        void hilversumHas43ElectionDayAnd20DatedEarlyVotingColumns() {
            ElectionCount count = RealCounts.hilversum();

            assertThat(count.municipalityCode()).isEqualTo("GM0402");
            assertThat(count.municipalityName()).isEqualTo("Hilversum");
            assertThat(count.electionDate()).isEqualTo(LocalDate.of(2022, 3, 16));
            assertThat(count.calledVotersTotal()).isEqualTo(70_563);
            assertThat(count.stations()).hasSize(63);
            assertThat(count.electionDayStations()).hasSize(43);
            assertThat(count.earlyVotingStations()).extracting(StationCount::number)
                    .containsExactly(101, 111, 118, 123, 128, 132, 135, 137, 140, 141,
                            201, 211, 218, 223, 228, 232, 235, 237, 240, 241);
            assertThat(count.stations()).filteredOn(s -> s.number() == 101).singleElement()
                    .extracting(StationCount::votingDay).isEqualTo(VotingDay.earlyOn(LocalDate.of(2022, 3, 14)));
            assertThat(count.stations()).filteredOn(s -> s.number() == 241).singleElement()
                    .extracting(StationCount::votingDay).isEqualTo(VotingDay.earlyOn(LocalDate.of(2022, 3, 15)));
            assertThat(count.notes()).extracting(n -> n.code()).containsExactly(ReadNoteCode.EARLY_VOTING_COLUMNS);
        }

        /** Station 41, "Station Hilversum (voorzijde)": 8 called voters, 812 admitted (1211 EX). */
        @Test
        void hilversumStation41IsReadWithAllItsCounts() {
            StationCount station = RealCounts.hilversum().stations().stream()
                    .filter(s -> s.number() == 41).findFirst().orElseThrow();

            assertThat(station.name()).isEqualTo("Station Hilversum (voorzijde) (16-03-2022)");
            assertThat(station.postcode()).isEqualTo("1211 EX");
            assertThat(station.calledVoters()).isEqualTo(8);
            assertThat(station.voters().pollCardCount()).isEqualTo(752);
            assertThat(station.voters().proxyCertificateCount()).isEqualTo(60);
            assertThat(station.admittedVoters()).isEqualTo(812);
            assertThat(station.validVotes()).isEqualTo(798);
            assertThat(station.blankVotes()).isEqualTo(11);
            assertThat(station.invalidVotes()).isEqualTo(3);
            assertThat(station.isEarly()).isFalse();
        }

        /** Nijmegen GR2022: 78 election-day columns (1–90 with gaps) and 60 early columns 101–290 without dates. */
        @Test
        void nijmegenEarlyColumnsAreRecognisedByNumberAndZeroCalledVoters() {
            ElectionCount count = RealCounts.nijmegen();

            assertThat(count.stations()).hasSize(138);
            assertThat(count.electionDayStations()).hasSize(78)
                    .allSatisfy(s -> assertThat(s.number()).isBetween(1, 90));
            assertThat(count.earlyVotingStations()).hasSize(60)
                    .allSatisfy(s -> assertThat(s.votingDay()).isEqualTo(VotingDay.earlyOnUnknownDay()));
            assertThat(count.calledVotersTotal()).isEqualTo(147_174);
        }

        /** West Maas en Waal GR2022: 112–115 carry a weekday, 116–121 only their number. */
        @Test
        void westMaasEnWaalEarlyColumnsUseWeekdaysWhereGiven() {
            ElectionCount count = RealCounts.westMaasEnWaal2022();

            assertThat(count.electionDayStations()).hasSize(11);
            assertThat(count.earlyVotingStations()).hasSize(10);
            assertThat(count.stations()).filteredOn(s -> s.number() == 112).singleElement()
                    .extracting(StationCount::votingDay).isEqualTo(VotingDay.earlyOn(LocalDate.of(2022, 3, 14)));
            assertThat(count.stations()).filteredOn(s -> s.number() == 114).singleElement()
                    .extracting(StationCount::votingDay).isEqualTo(VotingDay.earlyOn(LocalDate.of(2022, 3, 15)));
            assertThat(count.stations()).filteredOn(s -> s.number() == 116).singleElement()
                    .extracting(StationCount::votingDay).isEqualTo(VotingDay.earlyOnUnknownDay());
        }

        /** West Maas en Waal TK2025 is quoted CSV; every station has 0 called voters, the total is 16,290. */
        @Test
        void westMaasEnWaal2025QuotedFileHasOnlyAMunicipalTotalOfCalledVoters() {
            ElectionCount count = RealCounts.westMaasEnWaal2025();

            assertThat(count.electionName()).isEqualTo("Tweede Kamer der Staten-Generaal 2025");
            assertThat(count.calledVotersTotal()).isEqualTo(16_290);
            assertThat(count.stations()).hasSize(11).allSatisfy(s -> assertThat(s.calledVoters()).isZero());
            assertThat(count.earlyVotingStations()).isEmpty();
            assertThat(count.admittedVoters()).isEqualTo(13_697);
            assertThat(count.votesCast()).isEqualTo(13_697);
            assertThat(count.stations().getFirst().voters().voterCardCount()).isEqualTo(7);
            assertThat(count.notes()).isEmpty();
        }
    }

    @Nested
    class Encodings {
        @Test
        void aWindows1252FileIsAcceptedAndTheNoteSaysSo() {
            String text = new String(SharedData.bytes(RealCounts.WEST_MAAS_EN_WAAL_GR2022), StandardCharsets.UTF_8)
                    .substring(1);
            byte[] windows = text.getBytes(Charset.forName("windows-1252"));

            ElectionCount count = Osv43CsvReader.read("wmw-ansi.csv", new ByteArrayInputStream(windows));

            assertThat(count.notes()).extracting(n -> n.code()).contains(ReadNoteCode.READ_AS_WINDOWS_1252);
            assertThat(count.notes().getFirst().message()).contains("wmw-ansi.csv").contains("Windows-1252");
            assertThat(count.admittedVoters()).isEqualTo(9_398);
        }

        @Test
        void windows1252AccentsAreDecodedCorrectly() {
            String csv = minimal("Café ’t Hoekje").replace("\uFEFF", "");

            ElectionCount count = Osv43CsvReader.read("accent.csv",
                    new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-1252"))));

            assertThat(count.stations().getFirst().name()).isEqualTo("Café ’t Hoekje");
        }

        @Test
        void aUtf16FileIsRefusedWithAnExplanation() {
            byte[] utf16 = minimal("Stadhuis").getBytes(StandardCharsets.UTF_16);

            assertThatThrownBy(() -> Osv43CsvReader.read("utf16.csv", new ByteArrayInputStream(utf16)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.UNSUPPORTED_ENCODING);
                        assertThat(e.getMessage()).contains("utf16.csv").contains("CSV UTF-8");
                    });
        }
    }

    @Nested
    class BadInput {
        @Test
        void aMissingCountRowIsNamed() {
            String csv = minimal("Stadhuis").replaceAll("(?m)^;toegelaten kiezers;.*\\R", "");

            assertThatThrownBy(() -> Osv43CsvReader.read("x.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_ROW);
                        assertThat(e.getMessage()).contains("x.csv").contains("'toegelaten kiezers'");
                    });
        }

        @Test
        void textInANumberColumnNamesFileRowColumnAndValue() {
            String csv = minimal("Stadhuis").replace(";geldige stempas;;;900;900", ";geldige stempas;;;negen;negen");

            assertThatThrownBy(() -> Osv43CsvReader.read("tekst.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        InputProblem problem = e.problems().getFirst();
                        assertThat(problem.code()).isEqualTo(InputProblemCode.NOT_A_NUMBER);
                        assertThat(problem.position().source()).isEqualTo("tekst.csv");
                        assertThat(problem.position().row()).isEqualTo(10);
                        assertThat(problem.position().column()).isEqualTo("Stadhuis");
                        assertThat(problem.message()).contains("'negen'");
                        assertThat(e.getMessage()).startsWith(
                                "bestand tekst.csv, rij 10, kolom 'Stadhuis': " + problem.message());
                        assertThat(e.problems()).extracting(p -> p.position().column())
                                .containsExactly("Stadhuis", "Totaal");
                    });
        }

        @Test
        void everyBadCellIsReportedNotOnlyTheFirst() {
            String csv = minimal("Stadhuis")
                    .replace(";geldige stempas;;;900;900", ";geldige stempas;;;900;x")
                    .replace(";blanco stembiljetten;;;3;3", ";blanco stembiljetten;;;3;-3");

            assertThatThrownBy(() -> Osv43CsvReader.read("twee.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> assertThat(e.problems())
                            .extracting(InputProblem::code)
                            .containsExactly(InputProblemCode.NOT_A_NUMBER, InputProblemCode.NEGATIVE_NUMBER));
        }

        @Test
        void columnsThatDoNotAddUpToTheTotalAreRefused() {
            String csv = minimal("Stadhuis").replace(";toegelaten kiezers;;;1000;1000", ";toegelaten kiezers;;;1001;1000");

            assertThatThrownBy(() -> Osv43CsvReader.read("som.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.TOTAL_MISMATCH);
                        assertThat(e.problems().getFirst().position().column()).isEqualTo("Totaal");
                    });
        }

        @Test
        void aStationNumberUsedTwiceIsRefused() {
            String csv = minimal("Stadhuis")
                    .replace("Totaal;Stadhuis", "Totaal;Stadhuis;Bibliotheek")
                    .replace("Gebiednummer;;;;;1", "Gebiednummer;;;;;1;1");

            assertThatThrownBy(() -> Osv43CsvReader.read("dubbel.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class,
                            e -> assertThat(e.problems()).extracting(InputProblem::code)
                                    .contains(InputProblemCode.DUPLICATE_STATION));
        }

        @Test
        void aMunicipalityNumberThatIsNoCbsCodeIsRefused() {
            String csv = minimal("Stadhuis").replace("Nummer;;0999;;", "Nummer;;Proefdorp;;");

            assertThatThrownBy(() -> Osv43CsvReader.read("code.csv", new StringReader(csv)))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.INVALID_AREA_CODE);
                        assertThat(e.getMessage()).startsWith("bestand code.csv, rij 4").contains("'Proefdorp'");
                    });
        }

        @Test
        void anEmptyFileIsRefused() {
            assertThatThrownBy(() -> Osv43CsvReader.read("leeg.csv", new StringReader("\n\n")))
                    .isInstanceOfSatisfying(TurnoutInputException.class,
                            e -> assertThat(e.code()).isEqualTo(InputProblemCode.EMPTY_FILE));
        }

        @Test
        void aFileOfAnotherKindIsRefusedAsMissingRows() {
            assertThatThrownBy(() -> Osv43CsvReader.read("ander.csv", new StringReader("a;b;c\n1;2;3\n")))
                    .isInstanceOfSatisfying(TurnoutInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(InputProblemCode.MISSING_ROW);
                        assertThat(e.getMessage()).contains("OSV4-3");
                    });
        }
    }

    @Test
    void aPostcodeWithoutSpaceIsNormalised() {
        String csv = minimal("Stadhuis").replace("Postcode;;;;;1234 AB", "Postcode;;;;;1234ab");

        assertThat(Osv43CsvReader.read("pc.csv", new StringReader(csv)).stations().getFirst().postcode())
                .isEqualTo("1234 AB");
    }

    /** A one-station OSV4-3 file in the layout of the real exports. */
    static String minimal(String stationName) {
        return "\uFEFFVerkiezing;;Gemeenteraad Proefdorp 2026;;\n"
                + "Datum;;2026-03-18;;\n"
                + "Gebied;;Gemeente Proefdorp;;\n"
                + "Nummer;;0999;;\n"
                + ";;;;\n"
                + "Lijstnummer;Aanduiding;Volgnummer;Naam kandidaat;Totaal;" + stationName + "\n"
                + "Gebiednummer;;;;;1\n"
                + "Postcode;;;;;1234 AB\n"
                + ";opgeroepenen;;;2000;2000\n"
                + ";geldige stempas;;;900;900\n"
                + ";geldig volmachtbewijs;;;100;100\n"
                + ";geldige kiezerspas;;;0;0\n"
                + ";toegelaten kiezers;;;1000;1000\n"
                + ";geldige stembiljetten;;;995;995\n"
                + ";blanco stembiljetten;;;3;3\n"
                + ";ongeldige stembiljetten;;;2;2\n"
                + "1;Partij A;;;995;995\n";
    }
}
