package nl.stemwerk.eml.candidates;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
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
import nl.stemwerk.kieswet.election.PoliticalGroup;

/** Reads an EML_NL 230b (candidate lists), validated against the strict schema. Thread-safe. */
public final class CandidateListsReader {
    private final EmlReadOptions options;

    public CandidateListsReader() {
        this(EmlReadOptions.defaults());
    }

    public CandidateListsReader(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads the whole file; the caller keeps and closes the stream.
     *
     * @throws EmlException when the file is not a valid 230b, or has a list or candidate number twice
     */
    public CandidateLists read(InputStream in, String fileName) {
        return EmlDocumentReader.read(in, fileName, options, Set.of(EmlMessageType.CANDIDATE_LISTS),
                CandidateListsReader::readBody);
    }

    /** For {@code EmlInspector}: reads the body of a 230b that it opened without knowing the type. */
    public static BodyReader<CandidateLists> bodyReader() {
        return CandidateListsReader::readBody;
    }

    private static CandidateLists readBody(XmlCursor cursor, EmlMessageType type, EmlHeader header) {
        ElectionIdentity election = null;
        List<CandidateContest> contests = new ArrayList<>();
        while (cursor.nextChild()) {
            if ("Election".equals(cursor.localName())) {
                while (cursor.nextChild()) {
                    switch (cursor.localName()) {
                        case "ElectionIdentifier" -> election = CommonElements.readElection(cursor);
                        case "Contest" -> contests.add(readContest(cursor));
                        default -> cursor.skip();
                    }
                }
            } else {
                cursor.skip();
            }
        }
        if (election == null || contests.isEmpty()) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, election == null
                    ? "Het bestand noemt de verkiezing niet (<ElectionIdentifier> ontbreekt)."
                    : "Het bestand heeft geen <Contest> met kandidatenlijsten.");
        }
        return new CandidateLists(header, election, contests);
    }

    private static CandidateContest readContest(XmlCursor cursor) {
        ContestIdentity contest = null;
        List<CandidateList> lists = new ArrayList<>();
        Set<Integer> listNumbers = new HashSet<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "ContestIdentifier" -> contest = CommonElements.readContest(cursor);
                case "Affiliation" -> {
                    CandidateList list = readAffiliation(cursor);
                    if (!listNumbers.add(list.group().number())) {
                        throw cursor.failure(EmlErrorCode.DUPLICATE_LIST_NUMBER, "Lijstnummer "
                                + list.group().number() + " staat twee keer in het bestand. Elke lijst heeft een"
                                + " eigen nummer; vraag een correct bestand op.");
                    }
                    lists.add(list);
                }
                default -> cursor.skip();
            }
        }
        if (contest == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij <Contest> ontbreekt <ContestIdentifier>.");
        }
        return new CandidateContest(contest, lists);
    }

    private static CandidateList readAffiliation(XmlCursor cursor) {
        int number = 0;
        String name = "";
        String type = "";
        boolean publishGender = true;
        List<Candidate> candidates = new ArrayList<>();
        Set<Integer> candidateNumbers = new HashSet<>();
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "AffiliationIdentifier" -> {
                    String id = cursor.attribute("Id");
                    if (id == null) {
                        throw cursor.failure(EmlErrorCode.MISSING_VALUE,
                                "Bij een lijst ontbreekt het lijstnummer (het kenmerk Id van <AffiliationIdentifier>).");
                    }
                    number = cursor.positiveNumber(id, "lijstnummer");
                    name = cursor.childText("RegisteredName");
                }
                case "Type" -> type = cursor.text().strip();
                case "ListData" -> {
                    publishGender = !"false".equals(cursor.attribute("PublishGender"));
                    cursor.skip();
                }
                case "Candidate" -> {
                    Candidate candidate = CandidateElements.read(cursor);
                    if (!candidateNumbers.add(candidate.number())) {
                        throw cursor.failure(EmlErrorCode.DUPLICATE_CANDIDATE_NUMBER, "Op lijst " + number
                                + " staat kandidaat " + candidate.number() + " twee keer. Elke kandidaat heeft een"
                                + " eigen nummer op de lijst; vraag een correct bestand op.");
                    }
                    candidates.add(candidate);
                }
                default -> cursor.skip();
            }
        }
        if (number == 0) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Bij een lijst ontbreekt <AffiliationIdentifier>.");
        }
        return new CandidateList(new PoliticalGroup(number, name, candidates), type, publishGender);
    }
}
