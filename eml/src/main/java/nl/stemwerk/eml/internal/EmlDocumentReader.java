package nl.stemwerk.eml.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;

/**
 * Reads the frame every EML_NL message shares: the root element and its message type, the header, and the
 * body, which a {@link BodyReader} of the message reads. Validation against the strict schema of the message
 * starts at the root, as soon as the type is known.
 */
public final class EmlDocumentReader {
    private EmlDocumentReader() {
    }

    public static <T> T read(InputStream in, String fileName, EmlReadOptions options, Set<EmlMessageType> expected,
                             BodyReader<T> body) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        try (XmlCursor cursor = XmlCursor.open(in, fileName, options)) {
            cursor.moveToRoot();
            EmlMessageType type = messageType(cursor, expected);
            cursor.validateWith(EmlSchemas.forType(type));
            T result = readRoot(cursor, type, body);
            cursor.finish();
            return result;
        }
    }

    private static EmlMessageType messageType(XmlCursor cursor, Set<EmlMessageType> expected) {
        if (!"EML".equals(cursor.localName()) || !Namespaces.EML.equals(cursor.namespace())) {
            throw cursor.failure(EmlErrorCode.NOT_EML, "Dit is geen EML_NL-bestand: het begint met <"
                    + cursor.localName() + "> in plaats van <EML> van de Kiesraad. " + choose(expected));
        }
        String id = cursor.attribute("Id");
        Optional<EmlMessageType> type = EmlMessageType.fromId(id == null ? "" : id);
        if (type.isEmpty() || !expected.contains(type.get())) {
            String found = type.map(t -> t.dutchDescription() + " (EML " + t.id() + ")")
                    .orElse("EML van de soort \"" + (id == null ? "" : id) + "\"");
            throw cursor.failure(EmlErrorCode.WRONG_MESSAGE_TYPE, "Dit bestand bevat " + found + ". "
                    + choose(expected));
        }
        return type.get();
    }

    private static String choose(Set<EmlMessageType> expected) {
        return "Kies hier een bestand met " + expected.stream().sorted()
                .map(t -> t.dutchDescription() + " (EML " + t.id() + ")")
                .collect(Collectors.joining(" of ")) + ".";
    }

    private static <T> T readRoot(XmlCursor cursor, EmlMessageType type, BodyReader<T> body) {
        String transactionId = "";
        Authority authority = null;
        LocalDate issueDate = null;
        String created = "";
        T result = null;
        while (cursor.nextChild()) {
            switch (cursor.localName()) {
                case "TransactionId" -> transactionId = cursor.text().strip();
                case "ManagingAuthority" -> authority = CommonElements.readAuthority(cursor);
                case "IssueDate" -> issueDate = cursor.date();
                case "CreationDateTime" -> created = cursor.text().strip();
                case "ElectionEvent", "CandidateList", "Count", "Result" -> {
                    if (!type.bodyElement().equals(cursor.localName()) || result != null) {
                        throw cursor.failure(EmlErrorCode.SCHEMA_VIOLATION, "Het element <" + cursor.localName()
                                + "> hoort niet in een bestand met " + type.dutchDescription() + ".");
                    }
                    result = body.read(cursor, type,
                            new EmlHeader(transactionId, Optional.ofNullable(authority),
                                    Optional.ofNullable(issueDate), created));
                }
                default -> cursor.skip();
            }
        }
        if (result == null) {
            throw cursor.failure(EmlErrorCode.MISSING_VALUE, "Het element <" + type.bodyElement()
                    + "> ontbreekt. Daarin staan de gegevens van " + type.dutchDescription() + ".");
        }
        return result;
    }
}
