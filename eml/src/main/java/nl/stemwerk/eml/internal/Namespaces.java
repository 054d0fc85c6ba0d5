package nl.stemwerk.eml.internal;

/** The XML namespaces of EML_NL. */
public final class Namespaces {
    public static final String EML = "urn:oasis:names:tc:evs:schema:eml";
    public static final String KR = "http://www.kiesraad.nl/extensions";
    public static final String XNL = "urn:oasis:names:tc:ciq:xsdschema:xNL:2.0";
    public static final String XAL = "urn:oasis:names:tc:ciq:xsdschema:xAL:2.0";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    private Namespaces() {
    }
}
