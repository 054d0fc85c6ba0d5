package nl.stemwerk.eml.stations;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import nl.stemwerk.eml.Authority;
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
import nl.stemwerk.eml.internal.ReportingUnitTypes;
import nl.stemwerk.eml.internal.XmlCursor;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;

/** Reads an EML_NL 110b (polling stations), validated against the strict schema. Thread-safe. */
public final class PollingStationListReader {
    private final EmlReadOptions options;

    public PollingStationListReader() {
        this(EmlReadOptions.defaults());
    }

    public PollingStationListReader(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the whole file; the caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 110b or has a polling station number twice
     */
    public PollingStationList read(InputStream in, String fileName) {
        return EmlDocumentReader.read(in, fileName, options, Set.of(EmlMessageType.POLLING_STATIONS),
                PollingStationListReader::readBody);
    }

    /** For {@code EmlInspector}: reads the body of a 110b that it opened without knowing the type. */
    public static BodyReader<PollingStationList> bodyReader() {
        return PollingStationListReader::readBody;
    }

    private static PollingStationList readBody(XmlCursor cursor, EmlMessageType type, EmlHeader header) {
        Parts parts = new Parts();
        while (cursor.nextChild()) {
            if ("Election".equals(cursor.localName())) {
                while (cursor.nextChild()) {
                    switch (cursor.localName()) {
                        case "ElectionIdentifier" -> parts.election = CommonElements.readElection(cursor);
                        case "Contest" -> readContest(cursor, parts);
                        default -> cursor.skip();
                    }
                }
            } else {
                cursor.skip();
            }
        }
        if (parts.election == null || parts.municipality == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, parts.election == null
                    ? "Het bestand noemt de verkiezing niet (<ElectionIdentifier> ontbreekt)."
                    : "Het bestand noemt de gemeente niet (<ReportingUnitIdentifier> ontbreekt).");
        }
        return new PollingStationList(header, parts.election, parts.contest, parts.municipality, parts.maxVotes,
                parts.stations);
    }

    private static void readContest(XmlCursor cursor, Parts parts) {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ContestIdentifier" -> parts.contest = CommonElements.readContest(cursor);
                case "ReportingUnit" -> {
                    while (cursor.nextChild()) {
                        if ("ReportingUnitIdentifier".equals(cursor.localName())) {
                            String id = cursor.requiredAttribute("Id");
                            parts.municipality = new Authority(id, cursor.text());
                        } else {
                            cursor.skip();
                        }
                    }
                }
                case "MaxVotes" -> parts.maxVotes = cursor.optionalCount();
                case "PollingPlace" -> {
                    PollingStation station = readPollingPlace(cursor);
                    if (!parts.numbers.add(station.number())) {
                        throw cursor.failure(EmlErrorCode.DUPLICATE_POLLING_STATION, "Stembureau "
                                + station.number() + " staat twee keer in het bestand. Elk stembureau heeft een"
                                + " eigen nummer; vraag een correct bestand op.");
                    }
                    parts.stations.add(station);
                }
                default -> cursor.skip();
            }
        }
    }

    private static PollingStation readPollingPlace(XmlCursor cursor) {
        Place place = new Place();
        while (cursor.nextChild()) {
            if ("PhysicalLocation".equals(cursor.localName())) {
                readLocation(cursor, place);
            } else {
                cursor.skip();
            }
        }
        if (place.number == 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij een stembureau ontbreekt <PollingStation> met"
                    + " het nummer.");
        }
        return new PollingStation(place.number, place.name, place.postcode, place.type, place.voters);
    }

    private static void readLocation(XmlCursor cursor, Place place) {
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "Address" -> readAddress(cursor, place);
                case "PollingStation" -> {
                    place.number = cursor.positiveNumber(cursor.requiredAttribute("Id"),
                            "stembureaunummer");
                    place.voters = cursor.optionalCount();
                }
                case "ReportingUnitType" -> place.type = ReportingUnitTypes.fromEml(cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private static void readAddress(XmlCursor cursor, Place place) {
        while (cursor.nextChild()) {
            if ("Locality".equals(cursor.localName())) {
                while (cursor.nextChild()) {
                    switch (cursor.localName()) {
                        case "LocalityName" -> place.name = cursor.text();
                        case "PostalCode" -> place.postcode = cursor.childText("PostalCodeNumber").strip();
                        default -> cursor.skip();
                    }
                }
            } else {
                cursor.skip();
            }
        }
    }

    private static final class Parts {
        private ElectionIdentity election;
        private ContestIdentity contest = ContestIdentity.NONE;
        private Authority municipality;
        private OptionalLong maxVotes = OptionalLong.empty();
        private final List<PollingStation> stations = new ArrayList<>();
        private final Set<Integer> numbers = new HashSet<>();
    }

    private static final class Place {
        private int number;
        private String name = "";
        private String postcode = "";
        private PollingStationType type = PollingStationType.FIXED;
        private OptionalLong voters = OptionalLong.empty();
    }
}
