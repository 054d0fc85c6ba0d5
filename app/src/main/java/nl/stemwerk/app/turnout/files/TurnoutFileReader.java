package nl.stemwerk.app.turnout.files;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.turnout.cbs.CbsEligibleVotersReader;
import nl.stemwerk.turnout.cbs.CbsNeighbourhoodFiguresReader;
import nl.stemwerk.turnout.count.Osv43CsvReader;
import nl.stemwerk.turnout.geo.GeoJsonBoundaryReader;
import nl.stemwerk.turnout.geo.InvalidShapes;
import nl.stemwerk.turnout.geo.TopoJsonBoundaryReader;
import nl.stemwerk.turnout.problem.InputProblemCode;
import nl.stemwerk.turnout.problem.TurnoutInputException;
import nl.stemwerk.turnout.station.OpenDataStationCsvReader;
import nl.stemwerk.turnout.station.OpenDataStationXlsxReader;

/**
 * Reads a turnout file of a known kind with the right library reader, picking the format within the kind from the
 * content (XML or CSV, xlsx or CSV, TopoJSON or GeoJSON). Used by the import and by {@code stemwerk turnout}, so
 * both read a file the same way. Every problem becomes an {@link UnusableFile} that names file, row and column.
 */
public final class TurnoutFileReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private TurnoutFileReader() {
    }

    /**
     * @param invalidShapes what to do with an invalid polygon in a boundary file (refuse, or repair and report)
     * @throws UnusableFile when the file cannot be used; nothing of it is returned then
     */
    public static TurnoutFile read(TurnoutFileKind kind, String fileName, byte[] content, InvalidShapes invalidShapes) {
        if (content.length == 0) {
            throw UnusableFile.of(InputProblemCode.EMPTY_FILE.name(), fileName, "Het bestand is leeg.");
        }
        try {
            return switch (kind) {
                case COUNT -> isXml(content)
                        ? new TurnoutFile.Count(Eml510Counts.of(new CountReader().read(in(content), fileName), fileName),
                        "EML 510b")
                        : new TurnoutFile.Count(Osv43CsvReader.read(fileName, in(content)), "osv4-3 CSV");
                case STATIONS -> isZip(content)
                        ? new TurnoutFile.Stations(OpenDataStationXlsxReader.read(fileName, in(content)), "xlsx")
                        : new TurnoutFile.Stations(OpenDataStationCsvReader.read(fileName, in(content)), "CSV");
                case BOUNDARIES -> isTopoJson(content)
                        ? new TurnoutFile.Boundaries(TopoJsonBoundaryReader.read(fileName, in(content), invalidShapes),
                        "TopoJSON")
                        : new TurnoutFile.Boundaries(GeoJsonBoundaryReader.read(fileName, in(content), invalidShapes),
                        "GeoJSON");
                case ELIGIBLE_VOTERS -> new TurnoutFile.EligibleVoters(CbsEligibleVotersReader.read(fileName, in(content)));
                case POPULATION -> new TurnoutFile.Population(CbsNeighbourhoodFiguresReader.read(fileName, in(content),
                        "CBS-kerncijfers (" + fileName + ")"));
            };
        } catch (TurnoutInputException e) {
            throw UnusableFile.of(e);
        } catch (EmlException e) {
            throw UnusableFile.of(e);
        } catch (IllegalArgumentException e) {
            // a value the library's records refuse (e.g. a municipality code that is none); its message is Dutch
            throw UnusableFile.of("INVALID_VALUE", fileName, e.getMessage());
        }
    }

    /**
     * The kind of a file from its name and first bytes, for the command line where no one says what a file is.
     *
     * @throws UnusableFile when the kind cannot be told
     */
    public static TurnoutFileKind detect(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (isXml(content)) {
            return TurnoutFileKind.COUNT;
        }
        if (name.endsWith(".json") || name.endsWith(".geojson") || isJson(content)) {
            return TurnoutFileKind.BOUNDARIES;
        }
        if (isZip(content)) {
            return spreadsheetKind(fileName, content);
        }
        String first = head(content, 4096).strip();
        if (first.startsWith("Verkiezing")) {
            return TurnoutFileKind.COUNT;
        }
        if (first.contains("Nummer stembureau")) {
            return TurnoutFileKind.STATIONS;
        }
        if (first.toLowerCase(Locale.ROOT).contains("aantal inwoners")) {
            return TurnoutFileKind.POPULATION;
        }
        throw UnusableFile.of("UNKNOWN_KIND", fileName, "We weten niet wat voor bestand dit is. Stemwerk leest een "
                + "telling (osv4-3 CSV of EML 510b), stembureaus (Open Data Standaard), wijk- en buurtgrenzen "
                + "(GeoJSON of TopoJSON), kiesgerechtigden (CBS xlsx) en inwoners (CBS-kerncijfers CSV).");
    }

    /** An xlsx is zipped XML, so its words cannot be searched directly: ask the CBS reader first. */
    private static TurnoutFileKind spreadsheetKind(String fileName, byte[] content) {
        try {
            CbsEligibleVotersReader.read(fileName, in(content));
            return TurnoutFileKind.ELIGIBLE_VOTERS;
        } catch (TurnoutInputException e) {
            return TurnoutFileKind.STATIONS;
        }
    }

    private static InputStream in(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static boolean isZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isXml(byte[] content) {
        return head(content, 64).stripLeading().startsWith("<");
    }

    private static boolean isJson(byte[] content) {
        String start = head(content, 64).stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** The "type" member may come after the arcs, at the very end of a large file, so the whole text is searched. */
    private static boolean isTopoJson(byte[] content) {
        return head(content, content.length).replaceAll("\\s", "").contains("\"type\":\"Topology\"");
    }

    /** The first bytes as Latin-1 (enough to recognise a header in any 8-bit encoding), without a UTF-8 byte order mark. */
    private static String head(byte[] content, int length) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(content, start, Math.min(length, content.length - start), StandardCharsets.ISO_8859_1);
    }
}
