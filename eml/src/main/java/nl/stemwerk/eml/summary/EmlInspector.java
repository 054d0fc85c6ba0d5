package nl.stemwerk.eml.summary;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.Objects;

import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.definition.ElectionDefinitionReader;
import nl.stemwerk.eml.internal.EmlDocumentReader;
import nl.stemwerk.eml.result.ResultReader;
import nl.stemwerk.eml.stations.PollingStationListReader;

/**
 * Reads any EML_NL file Stemwerk knows without being told which one it is, with every check the specific reader
 * does, and says what it holds. For {@code eml validate} and for a wizard that accepts any file. A count is
 * streamed, so memory stays flat. Thread-safe.
 */
public final class EmlInspector {
    private final EmlReadOptions options;

    public EmlInspector() {
        this(EmlReadOptions.defaults());
    }

    public EmlInspector(EmlReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Reads, validates and checks the file; the caller keeps and closes the stream.
     *
     * @throws EmlException when it is not a valid EML_NL 110a, 110b, 230b, 510b, 510d or 520
     */
    public EmlSummary inspect(InputStream in, String fileName) {
        return EmlDocumentReader.read(in, fileName, options, EnumSet.allOf(EmlMessageType.class),
                (cursor, type, header) -> switch (type) {
                    case ELECTION_DEFINITION -> EmlSummary.of(
                            ElectionDefinitionReader.bodyReader().read(cursor, type, header), fileName);
                    case POLLING_STATIONS -> EmlSummary.of(
                            PollingStationListReader.bodyReader().read(cursor, type, header), fileName);
                    case CANDIDATE_LISTS -> EmlSummary.of(
                            CandidateListsReader.bodyReader().read(cursor, type, header), fileName);
                    case MUNICIPAL_COUNT, TOTAL_COUNT -> EmlSummary.of(
                            CountReader.bodyReader((contest, unit) -> { }).read(cursor, type, header), fileName);
                    case RESULT -> EmlSummary.of(ResultReader.bodyReader().read(cursor, type, header), fileName);
                });
    }
}
