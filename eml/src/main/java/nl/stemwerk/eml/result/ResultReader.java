package nl.stemwerk.eml.result;

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
import nl.stemwerk.eml.internal.CandidateElements;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlDocumentReader;
import nl.stemwerk.eml.internal.XmlCursor;
import nl.stemwerk.kieswet.election.Candidate;

/** Reads an EML_NL 520 (result), validated against the strict schema. Thread-safe. */
public final class ResultReader {
    private final EmlReadOptions options;

    public ResultReader() {
        this(EmlReadOptions.defaults());
    }

    public ResultReader(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the whole file; the caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 520
     */
    public ElectionResult read(InputStream in, String fileName) {
        return EmlDocumentReader.read(in, fileName, options, Set.of(EmlMessageType.RESULT), ResultReader::readBody);
    }

    /** For {@code EmlInspector}: reads the body of a 520 that it opened without knowing the type. */
    public static BodyReader<ElectionResult> bodyReader() {
        return ResultReader::readBody;
    }

    private static ElectionResult readBody(XmlCursor cursor, EmlMessageType type, EmlHeader header) {
        ElectionIdentity election = null;
        List<ResultContest> contests = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!"Election".equals(cursor.localName())) {
                cursor.skip();
                continue;
            }
            while (cursor.nextChild()) {
                switch (cursor.localName()) {
                    case "ElectionIdentifier" -> election = CommonElements.readElection(cursor);
                    case "Contest" -> contests.add(readContest(cursor));
                    default -> cursor.skip();
                }
            }
        }
        if (election == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE,
                    "Het bestand noemt de verkiezing niet (<ElectionIdentifier> ontbreekt).");
        }
        return new ElectionResult(header, election, contests);
    }

    private static ResultContest readContest(XmlCursor cursor) {
        ContestIdentity contest = ContestIdentity.NONE;
        List<ListResult> lists = new ArrayList<>();
        OpenList open = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ContestIdentifier" -> contest = CommonElements.readContest(cursor);
                case "Selection" -> open = readSelection(cursor, lists, open);
                default -> cursor.skip();
            }
        }
        if (open != null) {
            lists.add(open.close());
        }
        return new ResultContest(contest, lists);
    }

    private static OpenList readSelection(XmlCursor cursor, List<ListResult> lists, OpenList open) {
        OpenList current = open;
        Candidate candidate = null;
        ElectedBy electedBy = ElectedBy.NOT_STATED;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "AffiliationIdentifier" -> {
                    if (current != null) {
                        lists.add(current.close());
                    }
                    current = new OpenList(cursor.positiveNumber(cursor.requiredAttribute("Id"), "lijstnummer"), cursor.childText("RegisteredName"));
                }
                case "Candidate" -> candidate = CandidateElements.read(cursor);
                case "Ranking" -> electedBy = switch (cursor.text().strip()) {
                    case "1" -> ElectedBy.PREFERENCE_VOTES;
                    case "2" -> ElectedBy.LIST_ORDER;
                    default -> throw cursor.failure(EmlErrorCode.INVALID_VALUE,
                            "Bij <Ranking> hoort 1 (op voorkeurstemmen) of 2 (in lijstvolgorde).");
                };
                default -> cursor.skip();
            }
        }
        if (candidate != null) {
            if (current == null) {
                throw cursor.failure(EmlErrorCode.CANDIDATE_WITHOUT_LIST, "Kandidaat " + candidate.number()
                        + " staat in de uitslag voordat er een lijst is genoemd.");
            }
            current.elected.add(new ElectedCandidate(candidate.number(), candidate, electedBy));
        }
        return current;
    }

    private static final class OpenList {
        private final int number;
        private final String name;
        private final List<ElectedCandidate> elected = new ArrayList<>();

        private OpenList(int number, String name) {
            this.number = number;
            this.name = name;
        }

        private ListResult close() {
            return new ListResult(number, name, elected);
        }
    }
}
