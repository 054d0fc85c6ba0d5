package nl.stemwerk.eml;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;

import org.xml.sax.SAXException;

import nl.stemwerk.eml.internal.EmlSchemas;

/**
 * Validates a file with the JDK's own validator on a whole document, independent of the streaming check the
 * readers do, so that a file Stemwerk writes is checked by a second path.
 */
public final class EmlSchemaCheck {
    private EmlSchemaCheck() {
    }

    /** Throws AssertionError with the validator's words when the bytes do not match the strict schema. */
    public static void assertValid(EmlMessageType type, byte[] xml) {
        try {
            Validator validator = EmlSchemas.forType(type).newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("Not valid against the strict " + type.id() + " schema: " + e.getMessage(), e);
        }
    }
}
