package nl.stemwerk.eml.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;

import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds the events the reader pulls from StAX into a schema validator as well, so that a file is parsed and
 * validated in one streaming pass, without a second read and without a tree in memory.
 */
final class SchemaTee {
    private final XMLStreamReader xml;
    private final ValidatorHandler validator;
    private final AttributesImpl attributes = new AttributesImpl();

    SchemaTee(XMLStreamReader xml, Schema schema) {
        this.xml = xml;
        this.validator = schema.newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The JDK validator refuses the secure settings", e);
        }
        validator.setErrorHandler(new FailFast());
        validator.setDocumentLocator(new StaxLocator(xml));
    }

    /** Starts the document at the root element, on which the reader stands. */
    void startAtRoot() throws SAXException {
        validator.startDocument();
        forward(XMLStreamConstants.START_ELEMENT);
    }

    void forward(int event) throws SAXException {
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    validator.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            case XMLStreamConstants.END_DOCUMENT -> validator.endDocument();
            default -> {
                // comments and processing instructions do not matter for validity
            }
        }
    }

    private void startElement() throws SAXException {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            validator.startPrefixMapping(nullToEmpty(xml.getNamespacePrefix(i)), nullToEmpty(xml.getNamespaceURI(i)));
        }
        attributes.clear();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = nullToEmpty(xml.getAttributePrefix(i));
            String local = xml.getAttributeLocalName(i);
            attributes.addAttribute(nullToEmpty(xml.getAttributeNamespace(i)), local,
                    prefix.isEmpty() ? local : prefix + ":" + local, "CDATA", xml.getAttributeValue(i));
        }
        validator.startElement(nullToEmpty(xml.getNamespaceURI()), xml.getLocalName(), qualifiedName(), attributes);
    }

    private void endElement() throws SAXException {
        validator.endElement(nullToEmpty(xml.getNamespaceURI()), xml.getLocalName(), qualifiedName());
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            validator.endPrefixMapping(nullToEmpty(xml.getNamespacePrefix(i)));
        }
    }

    private String qualifiedName() {
        String prefix = nullToEmpty(xml.getPrefix());
        return prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static final class FailFast implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make a file invalid
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    private record StaxLocator(XMLStreamReader xml) implements Locator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            Location location = xml.getLocation();
            return location == null ? -1 : location.getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            Location location = xml.getLocation();
            return location == null ? -1 : location.getColumnNumber();
        }
    }
}
