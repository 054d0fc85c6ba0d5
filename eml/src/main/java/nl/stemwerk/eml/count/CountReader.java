package nl.stemwerk.eml.count;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

/**
 * Reads an EML_NL 510b or 510d (count), validated against the strict schema while it streams. Besides the
 * schema it checks that list totals add up from the candidates, valid votes from the lists, and the totals of a
 * contest from its reporting units. Thread-safe.
 */
public final class CountReader {
    private static final Set<EmlMessageType> COUNTS = Set.of(EmlMessageType.MUNICIPAL_COUNT,
            EmlMessageType.TOTAL_COUNT);

    private final EmlReadOptions options;

    public CountReader() {
        this(EmlReadOptions.defaults());
    }

    public CountReader(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the whole file into memory; the caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 510b or 510d, or its figures do not add up
     */
    public Count read(InputStream in, String fileName) {
        Collector collector = new Collector();
        CountOverview overview = stream(in, fileName, collector);
        List<CountContest> contests = new ArrayList<>();
        for (int i = 0; i < overview.contests().size(); i++) {
            ContestOverview contest = overview.contests().get(i);
            contests.add(new CountContest(contest.contest(), contest.totals(), collector.units.get(i)));
        }
        return new Count(overview.header(), contests);
    }

    /**
     * Reads the file in one pass, handing each reporting unit to the listener as soon as it is read; memory
     * stays flat however many units there are. The caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 510b or 510d, or its figures do not add up; the listener
     *                      may then have received part of the file, which the caller must throw away
     */
    public CountOverview stream(InputStream in, String fileName, CountListener listener) {
        Objects.requireNonNull(listener, "listener");
        return EmlDocumentReader.read(in, fileName, options, COUNTS, bodyReader(listener));
    }

    /** For {@code EmlInspector}: reads the body of a 510 that it opened without knowing the type. */
    public static BodyReader<CountOverview> bodyReader(CountListener listener) {
        return (cursor, type, header) -> readBody(cursor, type, header, listener);
    }

    private static CountOverview readBody(XmlCursor cursor, EmlMessageType type, EmlHeader header,
                                          CountListener listener) {
        CountHeader countHeader = null;
        List<ContestOverview> contests = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!"Election".equals(cursor.localName())) {
                cursor.skip();
                continue;
            }
            while (cursor.nextChild()) {
                switch (cursor.localName()) {
                    case "ElectionIdentifier" -> {
                        ElectionIdentity election = CommonElements.readElection(cursor);
                        countHeader = new CountHeader(type, header, election);
                        listener.header(countHeader);
                    }
                    case "Contests" -> {
                        requireHeader(cursor, countHeader);
                        while (cursor.nextChild()) {
                            if ("Contest".equals(cursor.localName())) {
                                contests.add(readContest(cursor, listener));
                            } else {
                                cursor.skip();
                            }
                        }
                    }
                    default -> cursor.skip();
                }
            }
        }
        requireHeader(cursor, countHeader);
        if (contests.isEmpty()) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Het bestand heeft geen <Contest> met tellingen.");
        }
        return new CountOverview(countHeader, contests);
    }

    private static void requireHeader(XmlCursor cursor, CountHeader header) {
        if (header == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE,
                    "Het bestand noemt de verkiezing niet vóór de tellingen (<ElectionIdentifier> ontbreekt).");
        }
    }

    private static ContestOverview readContest(XmlCursor cursor, CountListener listener) {
        ContestIdentity contest = null;
        Optional<VoteCount> totals = Optional.empty();
        TotalsCheck check = null;
        boolean announced = false;
        Set<String> unitIds = new HashSet<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ContestIdentifier" -> contest = CommonElements.readContest(cursor);
                case "TotalVotes" -> {
                    requireContest(cursor, contest);
                    totals = Optional.of(VoteGroupReader.readTotals(cursor));
                    check = new TotalsCheck(totals.get());
                    listener.contest(contest, totals);
                    announced = true;
                }
                case "ReportingUnitVotes" -> {
                    requireContest(cursor, contest);
                    if (!announced) {
                        listener.contest(contest, totals);
                        announced = true;
                    }
                    ReportingUnitVotes unit = VoteGroupReader.readUnit(cursor);
                    if (!unitIds.add(unit.unit().id())) {
                        throw cursor.failure(EmlErrorCode.DUPLICATE_REPORTING_UNIT, "Stembureau "
                                + unit.unit().id() + " staat twee keer in het bestand.");
                    }
                    if (check != null) {
                        check.add(unit, cursor);
                    }
                    listener.reportingUnit(contest, unit);
                }
                default -> cursor.skip();
            }
        }
        requireContest(cursor, contest);
        if (!announced) {
            listener.contest(contest, totals);
        }
        if (check != null && !unitIds.isEmpty()) {
            check.verify(cursor);
        }
        return new ContestOverview(contest, totals, unitIds.size());
    }

    private static void requireContest(XmlCursor cursor, ContestIdentity contest) {
        if (contest == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij <Contest> ontbreekt <ContestIdentifier>.");
        }
    }

    private static final class Collector implements CountListener {
        private final List<List<ReportingUnitVotes>> units = new ArrayList<>();

        @Override
        public void contest(ContestIdentity contest, Optional<VoteCount> totals) {
            units.add(new ArrayList<>());
        }

        @Override
        public void reportingUnit(ContestIdentity contest, ReportingUnitVotes votes) {
            units.get(units.size() - 1).add(votes);
        }
    }
}
