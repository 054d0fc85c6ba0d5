package nl.stemwerk.eml.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;

/**
 * Writes EML_NL as indented UTF-8 XML with the namespace prefixes the Kiesraad's files use, in one pass.
 * A failing output stream surfaces as {@link UncheckedIOException}; it is the caller's stream, not a bad file.
 */
public final class EmlXmlWriter {
    // Declared in this order, as in the Kiesraad's files; a fixed order keeps the bytes, and so the hash, stable.
    private static final Map<String, String> PREFIXES = orderedPrefixes();
    private static final String C14N_WITH_COMMENTS = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";

    private final XMLStreamWriter xml;
    private final Deque<Boolean> hasChildElements = new ArrayDeque<>();

    private static Map<String, String> orderedPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(Namespaces.EML, "");
        prefixes.put(Namespaces.DS, "ds");
        prefixes.put(Namespaces.KR, "kr");
        prefixes.put(Namespaces.XAL, "xal");
        prefixes.put(Namespaces.XNL, "xnl");
        return Collections.unmodifiableMap(prefixes);
    }

    private EmlXmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    // The caller's stream stays open: the writer only flushes it.
    private static EmlXmlWriter open(OutputStream out) {
        try {
            return new EmlXmlWriter(SecureXml.outputFactory().createXMLStreamWriter(out, "UTF-8"));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * Starts a message up to and including its {@code ElectionIdentifier}: declaration, root, header, the body
     * element (with {@code EventIdentifier} where the schema wants one) and {@code Election}. End it with
     * {@link #endElection()}. Only the 110a and 230b carry the nomination date; the other strict schemas refuse it.
     */
    public static EmlXmlWriter startElection(OutputStream out, EmlMessageType type, EmlHeader header,
                                             ElectionIdentity election) {
        EmlXmlWriter xml = open(out);
        xml.startDocument(type, header);
        xml.start(Namespaces.EML, type.bodyElement());
        if (type != EmlMessageType.CANDIDATE_LISTS && type != EmlMessageType.RESULT) {
            xml.empty(Namespaces.EML, "EventIdentifier");
        }
        xml.start(Namespaces.EML, "Election");
        CommonElements.writeElection(xml, election,
                type == EmlMessageType.ELECTION_DEFINITION || type == EmlMessageType.CANDIDATE_LISTS);
        return xml;
    }

    /** Closes {@code Election}, the body element and the document; the caller's stream stays open. */
    public void endElection() {
        end();
        end();
        endDocument();
    }

    /** Writes the XML declaration, the {@code EML} root and the header fields the message's schema allows. */
    private void startDocument(EmlMessageType type, EmlHeader header) {
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(Namespaces.EML);
            start(Namespaces.EML, "EML");
            xml.writeDefaultNamespace(Namespaces.EML);
            for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
                if (!prefix.getValue().isEmpty()) {
                    xml.writeNamespace(prefix.getValue(), prefix.getKey());
                }
            }
            attribute("Id", type.id());
            attribute("SchemaVersion", "5");
            element(Namespaces.EML, "TransactionId", header.transactionId());
            if (header.authority().isPresent()) {
                Authority authority = header.authority().get();
                start(Namespaces.EML, "ManagingAuthority");
                start(Namespaces.EML, "AuthorityIdentifier");
                attribute("Id", authority.id());
                text(authority.name());
                end();
                empty(Namespaces.EML, "AuthorityAddress");
                end();
            }
            if (type == EmlMessageType.CANDIDATE_LISTS) {
                element(Namespaces.EML, "IssueDate", header.issueDateOrCreationDay().toString());
            } else if (allowsIssueDate(type) && header.issueDate().isPresent()) {
                element(Namespaces.EML, "IssueDate", header.issueDate().get().toString());
            }
            element(Namespaces.KR, "CreationDateTime", header.creationDateTime());
            empty(Namespaces.DS, "CanonicalizationMethod");
            attribute("Algorithm", C14N_WITH_COMMENTS);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    // The strict 230 schema requires IssueDate, those of 110a and 110b allow it, those of 510 and 520 refuse it.
    private static boolean allowsIssueDate(EmlMessageType type) {
        return switch (type) {
            case ELECTION_DEFINITION, POLLING_STATIONS, CANDIDATE_LISTS -> true;
            case MUNICIPAL_COUNT, TOTAL_COUNT, RESULT -> false;
        };
    }

    public void start(String namespace, String localName) {
        try {
            indent();
            xml.writeStartElement(PREFIXES.get(namespace), localName, namespace);
            hasChildElements.push(false);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element without content, e.g. {@code <EventIdentifier/>}; attributes may follow. */
    public void empty(String namespace, String localName) {
        try {
            indent();
            xml.writeEmptyElement(PREFIXES.get(namespace), localName, namespace);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public void attribute(String name, String value) {
        try {
            xml.writeAttribute(name, XmlText.require(value));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public void text(String text) {
        try {
            xml.writeCharacters(XmlText.require(text));
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** A text-only element. */
    public void element(String namespace, String localName, String text) {
        start(namespace, localName);
        text(text);
        end();
    }

    public void end() {
        try {
            if (hasChildElements.pop()) {
                newLine(hasChildElements.size());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the root and flushes; the caller's stream stays open. */
    private void endDocument() {
        try {
            end();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void indent() throws XMLStreamException {
        if (!hasChildElements.isEmpty()) {
            hasChildElements.pop();
            hasChildElements.push(true);
        }
        newLine(hasChildElements.size());
    }

    private void newLine(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static UncheckedIOException failed(XMLStreamException e) {
        return new UncheckedIOException(new IOException("Writing EML failed", e));
    }
}
