package nl.stemwerk.eml;

import java.util.Arrays;
import java.util.Optional;

/** The EML_NL messages Stemwerk reads and writes, with the {@code Id} of their root element. */
public enum EmlMessageType {
    /** 110a: election definition ("verkiezingsdefinitie"). */
    ELECTION_DEFINITION("110a", "verkiezingsdefinitie", "110a-electionevent-kiesraad-strict.xsd"),
    /** 110b: polling stations ("stembureaus"). */
    POLLING_STATIONS("110b", "lijst met stembureaus", "110b-electionevent-kiesraad-strict.xsd"),
    /** 230b: candidate lists ("kandidatenlijsten"). */
    CANDIDATE_LISTS("230b", "kandidatenlijsten", "230-candidatelist-kiesraad-strict.xsd"),
    /** 510b: count of a municipal electoral committee (GSB, "telling"). */
    MUNICIPAL_COUNT("510b", "telling van het gemeentelijk stembureau", "510-count-kiesraad-strict.xsd"),
    /** 510d: total count of the central electoral committee (CSB, "totaaltelling"). */
    TOTAL_COUNT("510d", "totaaltelling van het centraal stembureau", "510-count-kiesraad-strict.xsd"),
    /** 520: result ("uitslag"): seats and elected candidates. */
    RESULT("520", "uitslag", "520-result-kiesraad-strict.xsd");

    private final String id;
    private final String dutchName;
    private final String schemaFile;

    EmlMessageType(String id, String dutchName, String schemaFile) {
        this.id = id;
        this.dutchName = dutchName;
        this.schemaFile = schemaFile;
    }

    /** The {@code Id} attribute of the {@code EML} root element, e.g. "510b". */
    public String id() {
        return id;
    }

    /** What a user calls this file, e.g. "kandidatenlijsten". */
    public String dutchName() {
        return dutchName;
    }

    /** The strict Kiesraad schema for this message, under {@code nl/stemwerk/eml/xsd/}. */
    public String schemaFile() {
        return schemaFile;
    }

    public static Optional<EmlMessageType> fromId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
