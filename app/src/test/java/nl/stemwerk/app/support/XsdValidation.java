package nl.stemwerk.app.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * Validates a file Stemwerk wrote against the strict Kiesraad schemas in the shared test data
 * ({@code data/elections/eml_nl_xsd}), independently of the copy the {@code eml} library bundles and of its reader.
 */
public final class XsdValidation {
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private XsdValidation() {
    }

    /**
     * @param schemaFile e.g. "510-count-kiesraad-strict.xsd"
     * @throws AssertionError with the validator's message when the file is not valid
     */
    public static void assertValid(byte[] xml, String schemaFile) {
        Validator validator = SCHEMAS.computeIfAbsent(schemaFile, XsdValidation::compile).newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid against " + schemaFile + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema compile(String schemaFile) {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the schemas include each other from the same folder
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return factory.newSchema(SharedData.file("data/elections/eml_nl_xsd/" + schemaFile).toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("schema " + schemaFile + " does not compile", e);
        }
    }
}
