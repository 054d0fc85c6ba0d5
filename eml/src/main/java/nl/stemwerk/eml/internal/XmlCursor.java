package nl.stemwerk.eml.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;

import org.xml.sax.SAXException;

import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlReadOptions;

/**
 * A forward-only position in an EML file: the StAX reader plus the size and depth limits, the DTD ban and the
 * streaming schema check. Every parser and validator problem leaves here as an {@link EmlException}.
 *
 * <p>Reading an element always ends on its end tag, so {@link #nextChild()} can walk the children of any element.
 */
public final class XmlCursor implements AutoCloseable {
    private static final int TRUNCATION_SLACK = 16;

    private final XMLStreamReader xml;
    private final LimitedInputStream input;
    private final String fileName;
    private final EmlReadOptions options;
    private int depth;
    private SchemaTee tee;

    private XmlCursor(XMLStreamReader xml, LimitedInputStream input, String fileName, EmlReadOptions options) {
        this.xml = xml;
        this.input = input;
        this.fileName = fileName;
        this.options = options;
    }

    /** Opens a stream; the caller keeps ownership of {@code in} and closes it. */
    public static XmlCursor open(InputStream in, String fileName, EmlReadOptions options) {
        LimitedInputStream limited = new LimitedInputStream(in, options.maxBytes());
        try {
            return new XmlCursor(SecureXml.inputFactory().createXMLStreamReader(limited), limited, fileName, options);
        } catch (XMLStreamException e) {
            throw translate(e, limited, fileName);
        }
    }

    public String fileName() {
        return fileName;
    }

    /** Moves to the root element. */
    public void moveToRoot() {
        while (event() != XMLStreamConstants.START_ELEMENT) {
            next();
        }
    }

    /** Starts checking against a schema from the root element on, where the cursor stands. */
    public void validateWith(Schema schema) {
        if (!options.validateSchema()) {
            return;
        }
        tee = new SchemaTee(xml, schema);
        try {
            tee.startAtRoot();
        } catch (SAXException e) {
            throw schemaViolation(e);
        }
    }

    /**
     * Moves to the next child element of the current element. Call it on the parent's start tag or on the end
     * tag of the previous child; it returns false on the parent's end tag.
     */
    public boolean nextChild() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    public String localName() {
        return xml.getLocalName();
    }

    public String namespace() {
        String namespace = xml.getNamespaceURI();
        return namespace == null ? "" : namespace;
    }

    /** The value of an attribute without namespace, or null when it is absent. */
    public String attribute(String name) {
        return xml.getAttributeValue(null, name);
    }

    public String requiredAttribute(String name) {
        String value = attribute(name);
        if (value == null) {
            throw failure(EmlErrorCode.MISSING_VALUE,
                    "Bij <" + localName() + "> ontbreekt het kenmerk " + name + ".");
        }
        return value;
    }

    /** The text of the current element, as written; ends on its end tag. */
    public String text() {
        String element = localName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw failure(EmlErrorCode.INVALID_VALUE,
                        "In <" + element + "> staat een element <" + localName() + "> waar alleen tekst hoort.");
                default -> {
                    // comments and processing instructions are not part of the text
                }
            }
        }
    }

    /**
     * The text of the first child element with this local name, or "" when there is none; reads the current
     * element to its end tag.
     */
    public String childText(String childName) {
        String found = null;
        while (nextChild()) {
            if (found == null && childName.equals(localName())) {
                found = text();
            } else {
                skip();
            }
        }
        return found == null ? "" : found;
    }

    /** The text of the current element as a count (0 or more). */
    public long count() {
        return optionalCount().orElseThrow(() -> failure(EmlErrorCode.MISSING_VALUE,
                "Bij <" + localName() + "> ontbreekt het aantal."));
    }

    /** The text of the current element as a count (0 or more), or empty when the element is empty. */
    public OptionalLong optionalCount() {
        String element = localName();
        String text = text().strip();
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        long value = Counts.parse(text);
        if (value < 0) {
            throw failure(EmlErrorCode.INVALID_VALUE,
                    "Bij <" + element + "> staat \"" + Counts.shorten(text) + "\". Dat is geen geldig aantal.");
        }
        return OptionalLong.of(value);
    }

    /** A number that must be 1 or more, e.g. a list, candidate or polling station number in an {@code Id}. */
    public int positiveNumber(String text, String what) {
        long value = Counts.parse(text.strip());
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw failure(EmlErrorCode.INVALID_VALUE, "Het " + what + " \"" + Counts.shorten(text) + "\" bij <"
                    + localName() + "> is geen geldig nummer.");
        }
        return (int) value;
    }

    /** The text of the current element as a date (yyyy-mm-dd). */
    public LocalDate date() {
        String element = localName();
        String text = text().strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw failure(EmlErrorCode.INVALID_VALUE,
                    "Bij <" + element + "> staat \"" + Counts.shorten(text) + "\". Dat is geen geldige datum.");
        }
    }

    /** Skips the current element with everything in it; ends on its end tag. */
    public void skip() {
        int level = 1;
        while (level > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                level--;
            }
        }
    }

    /** Reads past the root's end tag to the end of the file, so that trailing garbage is noticed. */
    public void finish() {
        while (event() != XMLStreamConstants.END_DOCUMENT) {
            next();
        }
    }

    /** An exception located at the current position. */
    public EmlException failure(EmlErrorCode code, String problem) {
        Location location = xml.getLocation();
        return EmlException.at(code, fileName, location.getLineNumber(), location.getColumnNumber(), problem);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the reader does not close the caller's stream; nothing is left to clean up
        }
    }

    private int event() {
        return xml.getEventType();
    }

    private int next() {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw failure(EmlErrorCode.DTD_NOT_ALLOWED, "Het bestand begint met een DOCTYPE. Een EML-bestand"
                        + " heeft die nooit, en zo'n regel kan gegevens van deze computer naar buiten halen."
                        + " Stemwerk leest het bestand daarom niet.");
            }
            if (event == XMLStreamConstants.START_ELEMENT && ++depth > options.maxDepth()) {
                throw failure(EmlErrorCode.NESTED_TOO_DEEPLY, "De elementen zitten dieper in elkaar dan "
                        + options.maxDepth() + " lagen. Een EML-bestand is nooit zo diep; dit bestand is niet goed.");
            }
            if (tee != null) {
                tee.forward(event);
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            return event;
        } catch (XMLStreamException e) {
            throw translate(e, input, fileName);
        } catch (SAXException e) {
            throw schemaViolation(e);
        }
    }

    private EmlException schemaViolation(SAXException e) {
        Location location = xml.getLocation();
        return EmlException.caused(EmlErrorCode.SCHEMA_VIOLATION, fileName, location.getLineNumber(),
                location.getColumnNumber(), "Het bestand wijkt af van het EML_NL-schema van de Kiesraad bij <"
                        + elementNameOrRoot() + ">. Stemwerk neemt alleen bestanden over die precies kloppen.",
                e.getMessage(), e);
    }

    private String elementNameOrRoot() {
        return xml.hasName() ? xml.getLocalName() : "EML";
    }

    private static EmlException translate(XMLStreamException e, LimitedInputStream input, String fileName) {
        Location location = e.getLocation();
        int line = location == null ? 0 : Math.max(0, location.getLineNumber());
        int column = location == null ? 0 : Math.max(0, location.getColumnNumber());
        String detail = e.getMessage();
        if (input.limitExceeded()) {
            return EmlException.caused(EmlErrorCode.FILE_TOO_LARGE, fileName, 0, 0, "Het bestand is groter dan "
                    + megabytes(input) + ". Zo groot is een EML-bestand niet; Stemwerk leest het niet verder.",
                    detail, e);
        }
        if (input.readFailed()) {
            return EmlException.caused(EmlErrorCode.READ_FAILED, fileName, 0, 0,
                    "Het bestand kon niet worden gelezen. Probeer het opnieuw.", detail, e);
        }
        if (input.endReached() && input.startsLikeXml() && line >= input.lines()
                && column >= input.charsOnLastLine() - TRUNCATION_SLACK) {
            return EmlException.caused(EmlErrorCode.TRUNCATED, fileName, line, column,
                    "Het bestand houdt op voordat het compleet is. Misschien is het niet helemaal gedownload of"
                            + " gekopieerd. Vraag het bestand opnieuw op.", detail, e);
        }
        return EmlException.caused(EmlErrorCode.NOT_WELL_FORMED, fileName, line, column,
                "Dit is geen geldige XML, dus geen EML-bestand. Kies het juiste bestand.", detail, e);
    }

    private static String megabytes(LimitedInputStream input) {
        return (input.limit() / (1024 * 1024)) + " MB";
    }
}
