package nl.stemwerk.eml.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import nl.stemwerk.eml.EmlMessageType;

/**
 * The strict Kiesraad schemas, compiled once per message type from the copies in this library. Every include
 * and import is served from that copy under a private URI scheme; anything else is refused, so compiling a
 * schema never touches the file system or the network.
 */
public final class EmlSchemas {
    private static final String RESOURCE_FOLDER = "/nl/stemwerk/eml/xsd/";
    private static final String BASE = "stemwerk-xsd:/";
    private static final Set<String> BUNDLED = Set.of(
            "110a-electionevent-kiesraad-strict.xsd", "110b-electionevent-kiesraad-strict.xsd",
            "230-candidatelist-kiesraad-strict.xsd", "510-count-kiesraad-strict.xsd",
            "520-result-kiesraad-strict.xsd", "emlcore-kiesraad-strict.xsd", "emlexternals-kiesraad-strict.xsd",
            "kiesraad-eml-extensions.xsd", "kiesraad-eml-restrictions.xsd", "kiesraad-eml-sb-extensions.xsd",
            "xAL-kiesraad-strict.xsd", "xNL-kiesraad-strict.xsd", "external/emltimestamp.xsd",
            "external/xmldsig-core-schema.xsd");
    private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();

    private EmlSchemas() {
    }

    /** The compiled schema for a message type; thread-safe and shared. */
    public static Schema forType(EmlMessageType type) {
        return COMPILED.computeIfAbsent(type.schemaFile(), EmlSchemas::compile);
    }

    private static Schema compile(String file) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder().getDOMImplementation();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                    input(ls, URI.create(baseUri == null ? BASE : baseUri).resolve(systemId).toString()));
            return factory.newSchema(new StreamSource(open(file), BASE + file));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("The bundled EML_NL schema " + file + " does not compile", e);
        }
    }

    private static LSInput input(DOMImplementationLS ls, String uri) {
        if (!uri.startsWith(BASE)) {
            throw new IllegalStateException("Schema outside the bundled set refused: " + uri);
        }
        LSInput input = ls.createLSInput();
        input.setByteStream(open(uri.substring(BASE.length())));
        input.setSystemId(uri);
        return input;
    }

    private static InputStream open(String file) {
        if (!BUNDLED.contains(file)) {
            throw new IllegalStateException("Schema outside the bundled set refused: " + file);
        }
        InputStream in = EmlSchemas.class.getResourceAsStream(RESOURCE_FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Bundled schema missing: " + file));
        }
        return in;
    }
}
