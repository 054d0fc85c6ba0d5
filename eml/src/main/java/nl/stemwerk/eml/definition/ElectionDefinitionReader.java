package nl.stemwerk.eml.definition;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.internal.BodyReader;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlDocumentReader;
import nl.stemwerk.eml.internal.XmlCursor;

/** Reads an EML_NL 110a (election definition), validated against the strict schema. Thread-safe. */
public final class ElectionDefinitionReader {
    private final EmlReadOptions options;

    public ElectionDefinitionReader() {
        this(EmlReadOptions.defaults());
    }

    public ElectionDefinitionReader(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the whole file; the caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 110a
     */
    public ElectionDefinition read(InputStream in, String fileName) {
        return EmlDocumentReader.read(in, fileName, options, Set.of(EmlMessageType.ELECTION_DEFINITION),
                ElectionDefinitionReader::readBody);
    }

    /** For {@code EmlInspector}: reads the body of a 110a that it opened without knowing the type. */
    public static BodyReader<ElectionDefinition> bodyReader() {
        return ElectionDefinitionReader::readBody;
    }

    private static ElectionDefinition readBody(XmlCursor cursor, EmlMessageType type, EmlHeader header) {
        Parts parts = new Parts();
        while (cursor.nextChild()) {
            if ("Election".equals(cursor.localName())) {
                readElection(cursor, parts);
            } else {
                cursor.skip();
            }
        }
        if (parts.election == null || parts.seats == 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, parts.election == null
                    ? "Het bestand noemt de verkiezing niet (<ElectionIdentifier> ontbreekt)."
                    : "Het aantal zetels (<kr:NumberOfSeats>) ontbreekt.");
        }
        return new ElectionDefinition(header, parts.election, parts.contest, parts.seats, parts.threshold,
                parts.regions, parts.parties);
    }

    private static void readElection(XmlCursor cursor, Parts parts) {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ElectionIdentifier" -> parts.election = CommonElements.readElection(cursor);
                case "Contest" -> parts.contest = readContest(cursor);
                case "NumberOfSeats" -> parts.seats = seats(cursor);
                case "PreferenceThreshold" -> parts.threshold = threshold(cursor);
                case "ElectionTree" -> readTree(cursor, parts.regions);
                case "RegisteredParties" -> readParties(cursor, parts.parties);
                default -> cursor.skip();
            }
        }
    }

    private static ContestIdentity readContest(XmlCursor cursor) {
        ContestIdentity contest = ContestIdentity.NONE;
        while (cursor.nextChild()) {
            if ("ContestIdentifier".equals(cursor.localName())) {
                contest = CommonElements.readContest(cursor);
            } else {
                cursor.skip();
            }
        }
        return contest;
    }

    private static int seats(XmlCursor cursor) {
        long seats = cursor.count();
        if (seats < 1 || seats > ElectionDefinition.MAX_SEATS) {
            throw cursor.failure(EmlErrorCode.INVALID_VALUE, "Het aantal zetels is " + seats
                    + ". Dat moet tussen 1 en " + ElectionDefinition.MAX_SEATS + " liggen.");
        }
        return (int) seats;
    }

    private static int threshold(XmlCursor cursor) {
        long threshold = cursor.count();
        if (threshold > 100) {
            throw cursor.failure(EmlErrorCode.INVALID_VALUE, "De voorkeurdrempel is " + threshold
                    + " procent. Dat kan niet meer dan 100 zijn.");
        }
        return (int) threshold;
    }

    private static void readTree(XmlCursor cursor, List<Region> regions) {
        while (cursor.nextChild()) {
            if ("Region".equals(cursor.localName())) {
                regions.add(readRegion(cursor));
            } else {
                cursor.skip();
            }
        }
    }

    private static Region readRegion(XmlCursor cursor) {
        String number = cursor.attribute("RegionNumber");
        String category = cursor.requiredAttribute("RegionCategory");
        String superiorNumber = cursor.attribute("SuperiorRegionNumber");
        String superiorCategory = cursor.attribute("SuperiorRegionCategory");
        String name = "";
        List<String> committees = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "RegionName" -> name = cursor.text();
                case "Committee" -> {
                    committees.add(cursor.requiredAttribute("CommitteeCategory"));
                    cursor.skip();
                }
                default -> cursor.skip();
            }
        }
        return new Region(number, category, name, superiorNumber, superiorCategory, committees);
    }

    private static void readParties(XmlCursor cursor, List<String> parties) {
        while (cursor.nextChild()) {
            if ("RegisteredParty".equals(cursor.localName())) {
                parties.add(cursor.childText("RegisteredAppellation"));
            } else {
                cursor.skip();
            }
        }
    }

    private static final class Parts {
        private ElectionIdentity election;
        private ContestIdentity contest = ContestIdentity.NONE;
        private int seats;
        private int threshold;
        private final List<Region> regions = new ArrayList<>();
        private final List<String> parties = new ArrayList<>();
    }
}
