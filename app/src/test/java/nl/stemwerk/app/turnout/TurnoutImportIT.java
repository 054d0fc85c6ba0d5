package nl.stemwerk.app.turnout;

import static nl.stemwerk.app.turnout.TurnoutTestFiles.bytes;
import static nl.stemwerk.app.turnout.TurnoutTestFiles.resource;
import static nl.stemwerk.app.turnout.TurnoutTestFiles.shared;
import static nl.stemwerk.app.turnout.TurnoutTestFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.support.StemwerkSpringTest;
import nl.stemwerk.app.turnout.figures.TurnoutData;
import nl.stemwerk.app.turnout.figures.TurnoutDataService;
import nl.stemwerk.app.turnout.files.FileProblem;
import nl.stemwerk.app.turnout.files.TurnoutFileKind;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.app.turnout.imports.ImportReceipt;
import nl.stemwerk.app.turnout.imports.ImportRequest;
import nl.stemwerk.app.turnout.imports.TurnoutImportService;
import nl.stemwerk.app.turnout.store.ImportNote;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.Osv43CsvReader;
import nl.stemwerk.turnout.count.StationCount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every kind of turnout import, with good and bad input. A bad file gives a Dutch message that names the file, the
 * row and the column, and stores nothing: no import, no rows, no audit row, no municipality. Tests that store use
 * municipalities of their own (GM99xx), so the demo municipalities stay as they are.
 */
@StemwerkSpringTest
class TurnoutImportIT {
    @Autowired
    TurnoutImportService imports;
    @Autowired
    TurnoutDataService data;
    @Autowired
    MunicipalityService municipalities;
    @Autowired
    JdbcClient jdbc;

    @Nested
    class Counts {
        @Test
        void textInANumberColumnIsRefusedWithFileRowAndColumn() {
            byte[] csv = TurnoutTestFiles.withLine(resource(TurnoutTestFiles.HILVERSUM), ";toegelaten kiezers",
                    line -> line.replaceFirst("^(;toegelaten kiezers;;;\\d+;)\\d+", "$1veel"));
            int row = lineOf(csv, ";toegelaten kiezers");

            FileProblem problem = refused(TurnoutFileKind.COUNT, null, "hilversum.csv", csv).getFirst();

            assertThat(problem.code()).isEqualTo("NOT_A_NUMBER");
            assertThat(problem.where()).isEqualTo("bestand hilversum.csv, rij " + row + ", kolom 'Raadhuis (16-03-2022)'");
            assertThat(problem.message()).contains("veel");
        }

        @Test
        void aMissingRowIsRefused() {
            byte[] csv = TurnoutTestFiles.withLine(resource(TurnoutTestFiles.HILVERSUM), ";toegelaten kiezers",
                    line -> ";niet meer te lezen");

            List<FileProblem> problems = refused(TurnoutFileKind.COUNT, null, "zonder-rij.csv", csv);

            assertThat(problems).extracting(FileProblem::code).contains("MISSING_ROW");
            assertThat(problems).extracting(FileProblem::describe)
                    .anySatisfy(d -> assertThat(d).contains("zonder-rij.csv").contains("'toegelaten kiezers' ontbreekt"));
        }

        @Test
        void aMissingTotalColumnIsRefused() {
            byte[] csv = TurnoutTestFiles.withLine(resource(TurnoutTestFiles.HILVERSUM), "Lijstnummer",
                    line -> line.replace(";Totaal;", ";Som;"));

            FileProblem problem = refused(TurnoutFileKind.COUNT, null, "zonder-totaal.csv", csv).getFirst();

            assertThat(problem.code()).isEqualTo("MISSING_COLUMN");
            assertThat(problem.describe()).contains("zonder-totaal.csv, rij 6").contains("'Totaal'");
        }

        /**
         * Excel on Windows saves Windows-1252. That is read, with a note naming the file, and the figures are the same:
         * Hilversum's 36,015 votes cast of 70,563 (candidate "Lancé" keeps its accent).
         */
        @Test
        void aWindows1252FileIsReadWithANoteThatNamesTheFile() {
            String utf8 = text(TurnoutTestFiles.countOf(TurnoutTestFiles.HILVERSUM, "9901", "Proefgemeente",
                    "Gemeenteraad Proefgemeente 2022")).replace("\uFEFF", "");
            byte[] windows1252 = utf8.getBytes(Charset.forName("windows-1252"));

            ImportReceipt receipt = imports.importFile(request(TurnoutFileKind.COUNT, null, "excel.csv", windows1252));

            assertThat(receipt.notes()).extracting(ImportNote::message)
                    .anySatisfy(m -> assertThat(m).contains("excel.csv").contains("Windows-1252"));
            ElectionCount stored = data.load("GM9901").latestCount().orElseThrow().count();
            assertThat(stored.votesCast()).isEqualTo(36_015);
            assertThat(stored.calledVotersTotal()).isEqualTo(70_563);
            assertThat(data.load("GM9901").municipality().name()).isEqualTo("Proefgemeente");
        }

        @Test
        void aUtf16FileIsRefused() {
            byte[] utf16 = text(resource(TurnoutTestFiles.HILVERSUM)).getBytes(StandardCharsets.UTF_16);

            FileProblem problem = refused(TurnoutFileKind.COUNT, null, "utf16.csv", utf16).getFirst();

            assertThat(problem.code()).isEqualTo("UNSUPPORTED_ENCODING");
            assertThat(problem.describe()).startsWith("bestand utf16.csv: ").contains("UTF-16");
        }

        /**
         * The EML 510b of West Maas en Waal GR2022, mapped with StationCount.of, gives per station the same counts and
         * voting days as the osv4-3 CSV of the same election read by the library (early columns 112–121).
         */
        @Test
        void anEml510bGivesTheSameStationCountsAsTheOsvCsvOfTheSameElection() {
            byte[] eml = bytes(text(shared(TurnoutTestFiles.WMW_2022_EML)).replace("0668", "9902"));

            ImportReceipt receipt = imports.importFile(request(TurnoutFileKind.COUNT, null, "telling.eml.xml", eml));

            assertThat(receipt.format()).isEqualTo("EML 510b");
            ElectionCount fromEml = data.load("GM9902").latestCount().orElseThrow().count();
            ElectionCount fromCsv = Osv43CsvReader.read("wmw.csv", new java.io.ByteArrayInputStream(
                    resource(TurnoutTestFiles.WMW_2022)));
            assertThat(fromEml.calledVotersTotal()).isEqualTo(fromCsv.calledVotersTotal());
            assertThat(fromEml.stations()).extracting(StationCount::number, StationCount::admittedVoters,
                            StationCount::votesCast, StationCount::blankVotes, StationCount::calledVoters, StationCount::votingDay)
                    .isEqualTo(fromCsv.stations().stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.number(),
                            s.admittedVoters(), s.votesCast(), s.blankVotes(), s.calledVoters(), s.votingDay())).toList());
            assertThat(fromEml.stations().getFirst().name()).isEqualTo("Dorpshuis De Hucht");
            assertThat(fromEml.stations().getFirst().postcode()).isEqualTo("6626 AC");
        }

        @Test
        void aTruncatedEmlIsRefusedWithItsLine() {
            byte[] eml = shared(TurnoutTestFiles.WMW_2022_EML);
            byte[] half = Arrays.copyOf(eml, eml.length / 2);

            FileProblem problem = refused(TurnoutFileKind.COUNT, null, "half.eml.xml", half).getFirst();

            assertThat(problem.code()).startsWith("EML_");
            assertThat(problem.where()).startsWith("bestand half.eml.xml, regel ");
        }

        @Test
        void aCountOfAnotherMunicipalityThanTheChosenOneIsRefused() {
            FileProblem problem = refused(TurnoutFileKind.COUNT, "GM0268", "hilversum.csv",
                    resource(TurnoutTestFiles.HILVERSUM)).getFirst();

            assertThat(problem.code()).isEqualTo("OTHER_MUNICIPALITY");
            assertThat(problem.message()).contains("Hilversum (GM0402)").contains("GM0268");
        }

        /** Nothing is updated in place: the newer import is the one in use, the older one stays stored. */
        @Test
        void aNewerCountOfTheSameElectionIsUsedAndTheOlderOneIsKept() {
            byte[] first = TurnoutTestFiles.countOf(TurnoutTestFiles.WMW_2022, "9905", "Tweemaal", "Gemeenteraad Tweemaal 2022");
            long older = imports.importFile(request(TurnoutFileKind.COUNT, null, "eerste.csv", first)).importId();
            long newer = imports.importFile(request(TurnoutFileKind.COUNT, null, "tweede.csv", first)).importId();

            TurnoutData stored = data.load("GM9905");
            assertThat(stored.counts()).singleElement().satisfies(c -> assertThat(c.importId()).isEqualTo(newer));
            assertThat(jdbc.sql("select count(*) from turnout_count where import_id in (?, ?)").params(older, newer)
                    .query(Long.class).single()).isEqualTo(2);
        }
    }

    @Nested
    class Stations {
        @Test
        void aStationOutsideTheMunicipalityIsRefusedWithRowAndColumn() {
            byte[] csv = bytes(text(resource(TurnoutTestFiles.ENSCHEDE_STATIONS))
                    .replace("258127,471191,52.2191470,6.8963980", ",,52.2191470,16.8963980"));

            FileProblem problem = refused(TurnoutFileKind.STATIONS, "GM0153", "verschoven.csv", csv).getFirst();

            assertThat(problem.code()).isEqualTo("STATION_OUTSIDE_MUNICIPALITY");
            assertThat(problem.where()).isEqualTo("bestand verschoven.csv, rij 2, kolom 'Latitude'");
            assertThat(problem.message()).contains("Stembureau 1").contains("buiten de gemeente Enschede");
        }

        @Test
        void aMissingColumnIsRefused() {
            byte[] csv = TurnoutTestFiles.withLine(resource(TurnoutTestFiles.ENSCHEDE_STATIONS), "Gemeente,",
                    line -> line.replace("Openingstijd", "Open"));

            FileProblem problem = refused(TurnoutFileKind.STATIONS, "GM0153", "kolom-weg.csv", csv).getFirst();

            assertThat(problem.code()).isEqualTo("MISSING_COLUMN");
            assertThat(problem.describe()).contains("kolom-weg.csv").contains("'Openingstijd'");
        }

        /** The open-data form as xlsx: The Hague's example stations, kept for 's-Gravenhage; no border to check yet. */
        @Test
        void anXlsxStationListIsImportedAndSaysItsPlacesWereNotChecked() {
            register("GM0518", "'s-Gravenhage");
            byte[] xlsx = Workbooks.fromSemicolonCsv(text(resource(TurnoutTestFiles.OPEN_DATA_EXAMPLE)));

            ImportReceipt receipt = imports.importFile(request(TurnoutFileKind.STATIONS, "GM0518", "stembureaus.xlsx", xlsx));

            assertThat(receipt.format()).isEqualTo("xlsx");
            assertThat(receipt.notes()).extracting(ImportNote::code).contains(ImportNote.PLACEMENT_NOT_CHECKED);
            assertThat(data.load("GM0518").stationList().byNumber(517)).hasValueSatisfying(
                    station -> assertThat(station.name()).isEqualTo("Stadhuis"));
        }
    }

    @Nested
    class Boundaries {
        private static final String BOW_TIE = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"WK990401",
                "statnaam":"Wijk 01 Vlinder"},"geometry":{"type":"Polygon","coordinates":[[[5.0,52.0],[5.2,52.1],
                [5.2,52.0],[5.0,52.05],[5.0,52.0]]]}}]}""";

        @Test
        void anInvalidPolygonIsRefusedWithTheFeatureAndNothingIsStored() {
            register("GM9904", "Vlindergemeente");

            FileProblem problem = refused(TurnoutFileKind.BOUNDARIES, "GM9904", "vlinder.geojson", bytes(BOW_TIE))
                    .getFirst();

            assertThat(problem.code()).isEqualTo("INVALID_POLYGON");
            assertThat(problem.where()).isEqualTo("bestand vlinder.geojson, rij 1, kolom 'geometry'");
        }

        @Test
        void anInvalidPolygonIsRepairedAndReportedWhenAsked() {
            register("GM9906", "Herstelgemeente");
            byte[] geojson = bytes(BOW_TIE.replace("WK990401", "WK990601"));

            ImportReceipt receipt = imports.importFile(new ImportRequest(TurnoutFileKind.BOUNDARIES,
                    Optional.of("GM9906"), "vlinder.geojson", geojson, true));

            assertThat(receipt.notes()).extracting(ImportNote::message)
                    .anySatisfy(m -> assertThat(m).contains("WK990601").contains("hersteld"));
            assertThat(data.load("GM9906").areas()).singleElement()
                    .satisfies(a -> assertThat(a.shape().orElseThrow().isValid()).isTrue());
        }

        /** The national CBS wijk map of 2014 as TopoJSON: Hilversum's 9 wijken are kept, the other 2,729 left out. */
        @Test
        void theNationalTopoJsonGivesTheWijkenOfTheChosenMunicipality() {
            ImportReceipt receipt = imports.importFile(new ImportRequest(TurnoutFileKind.BOUNDARIES, Optional.of("GM0402"),
                    "Wijk_2014_q1e3.topo.json", shared(TurnoutTestFiles.WIJK_TOPOJSON), true));

            assertThat(receipt.format()).isEqualTo("TopoJSON");
            assertThat(receipt.summary()).startsWith("9 wijken en 0 buurten van Hilversum");
            assertThat(data.load("GM0402").areasAt(nl.stemwerk.turnout.geo.AreaLevel.DISTRICT)).hasSize(9);
        }

        @Test
        void aFileWithoutAreasOfTheMunicipalityIsRefused() {
            FileProblem problem = refused(TurnoutFileKind.BOUNDARIES, "GM0402", "wijken.geojson",
                    resource("/demo/turnout/wijken_2014_enschede.geojson")).getFirst();

            assertThat(problem.code()).isEqualTo("NO_AREAS_OF_MUNICIPALITY");
            assertThat(problem.message()).contains("Hilversum (GM0402)").contains("WK0402");
        }
    }

    @Nested
    class CbsFigures {
        @Test
        void aCsvOfferedAsTheEligibleVotersTableIsRefused() {
            List<FileProblem> problems = refused(TurnoutFileKind.ELIGIBLE_VOTERS, null, "kiesgerechtigden.xlsx",
                    resource(TurnoutTestFiles.HILVERSUM));

            assertThat(problems.getFirst().where()).startsWith("bestand kiesgerechtigden.xlsx");
        }

        @Test
        void aPopulationTableWithoutInhabitantsIsRefusedAtItsHeader() {
            byte[] csv = TurnoutTestFiles.withLine(resource("/demo/turnout/enschede_2009_buurtcijfers.csv"), "Regio's",
                    line -> line.replace("Aantal inwoners", "Bewoners"));

            FileProblem problem = refused(TurnoutFileKind.POPULATION, "GM0153", "kerncijfers.csv", csv).getFirst();

            assertThat(problem.code()).isEqualTo("MISSING_COLUMN");
            assertThat(problem.where()).isEqualTo("bestand kerncijfers.csv, rij 1");
            assertThat(problem.message()).contains("'Aantal inwoners'");
        }
    }

    /** A good import adds exactly one audit row, with the file's name and hash. */
    @Test
    void aGoodImportWritesOneAuditRowWithTheFilesHash() {
        long before = auditRows();
        byte[] csv = TurnoutTestFiles.countOf(TurnoutTestFiles.WMW_2022, "9907", "Auditgemeente", "Gemeenteraad Auditgemeente 2022");

        imports.importFile(request(TurnoutFileKind.COUNT, null, "audit.csv", csv));

        // one row for the municipality that the count brought in, one per station it registered, one for the import
        List<String> actions = jdbc.sql("select action from audit_log where sequence > ? order by sequence")
                .param(before).query(String.class).list();
        assertThat(actions).filteredOn(a -> a.equals("opkomst.bestand.geimporteerd")).hasSize(1);
        assertThat(jdbc.sql("select details from audit_log where action = 'opkomst.bestand.geimporteerd'"
                + " order by sequence desc limit 1").query(String.class).single())
                .contains("\"bestand\":\"audit.csv\"").contains("\"sha256\"").contains("\"gemeente\":\"GM9907\"");
    }

    private List<FileProblem> refused(TurnoutFileKind kind, String municipality, String name, byte[] content) {
        Map<String, Long> before = storedRows();
        UnusableFile e = catchThrowableOfType(UnusableFile.class,
                () -> imports.importFile(request(kind, municipality, name, content)));
        assertThat(e).as("the import must be refused").isNotNull();
        assertThat(storedRows()).as("nothing stored").isEqualTo(before);
        return e.problems();
    }

    private Map<String, Long> storedRows() {
        return Map.of("imports", count("turnout_import"), "stations", count("turnout_count_station"),
                "stops", count("turnout_station_stop"), "areas", count("turnout_area"), "audit", count("audit_log"),
                "municipalities", count("municipality"));
    }

    private long auditRows() {
        return jdbc.sql("select coalesce(max(sequence), 0) from audit_log").query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void register(String code, String name) {
        if (municipalities.all().stream().noneMatch(m -> m.cbsCode().equals(code))) {
            municipalities.register(code, name, false, List.of());
        }
    }

    private static ImportRequest request(TurnoutFileKind kind, String municipality, String name, byte[] content) {
        return new ImportRequest(kind, Optional.ofNullable(municipality), name, content, false);
    }

    private static int lineOf(byte[] content, String prefix) {
        String[] lines = text(content).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].replace("\"", "").startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(prefix);
    }
}
