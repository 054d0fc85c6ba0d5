package nl.stemwerk.eml.internal;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * XML factories with everything that can reach outside switched off: no DTDs, no external entities, no external
 * schemas. The JDK's own StAX implementation is used on purpose, so that another one on the app's class path
 * (e.g. Woodstox) cannot change these settings or the error behaviour.
 */
final class SecureXml {
    private SecureXml() {
    }

    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    static XMLOutputFactory outputFactory() {
        return XMLOutputFactory.newDefaultFactory();
    }
}
