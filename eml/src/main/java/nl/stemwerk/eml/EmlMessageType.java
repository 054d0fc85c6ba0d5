package nl.stemwerk.eml;

import java.util.Arrays;
import java.util.Optional;

/** The EML_NL messages Stemwerk reads and writes, with the {@code Id} of their root element. */
public enum EmlMessageType {
    /** 110a: election definition ("verkiezingsdefinitie"). */
    ELECTION_DEFINITION("110a", "de verkiezingsdefinitie", "ElectionEvent", "110a-electionevent-kiesraad-strict.xsd"),
    /** 110b: polling stations ("stembureaus"). */
    POLLING_STATIONS("110b", "de stembureaus", "ElectionEvent", "110b-electionevent-kiesraad-strict.xsd"),
    /** 230b: candidate lists ("kandidatenlijsten"). */
    CANDIDATE_LISTS("230b", "de kandidatenlijsten", "CandidateList", "230-candidatelist-kiesraad-strict.xsd"),
    /** 510b: count of a municipal electoral committee (GSB, "telling"). */
    MUNICIPAL_COUNT("510b", "de telling van een gemeentelijk stembureau", "Count", "510-count-kiesraad-strict.xsd"),
    /** 510d: total count of the central electoral committee (CSB, "totaaltelling"). */
    TOTAL_COUNT("510d", "de totaaltelling van het centraal stembureau", "Count", "510-count-kiesraad-strict.xsd"),
    /** 520: result ("uitslag"): seats and elected candidates. */
    RESULT("520", "de uitslag", "Result", "520-result-kiesraad-strict.xsd");

    private final String id;
    private final String dutchDescription;
    private final String bodyElement;
    private final String schemaFile;

    EmlMessageType(String id, String dutchDescription, String bodyElement, String schemaFile) {
        this.id = id;
        this.dutchDescription = dutchDescription;
        this.bodyElement = bodyElement;
        this.schemaFile = schemaFile;
    }

    /** The {@code Id} attribute of the {@code EML} root element, e.g. "510b". */
    public String id() {
        return id;
    }

    /** What the file holds, in words a user knows, e.g. "de kandidatenlijsten"; fits "een bestand met …". */
    public String dutchDescription() {
        return dutchDescription;
    }

    /** The element under the root that holds the data, e.g. {@code Count} in a 510. */
    public String bodyElement() {
        return bodyElement;
    }

    /** The strict Kiesraad schema for this message, under {@code nl/stemwerk/eml/xsd/}. */
    public String schemaFile() {
        return schemaFile;
    }

    public static Optional<EmlMessageType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
