package nl.stemwerk.eml.internal;

/** Guards text for XML 1.0, which cannot carry most control characters at all. */
final class XmlText {
    private XmlText() {
    }

    static String require(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Text for EML may not be null");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed) {
                throw new IllegalArgumentException(
                        "Character U+" + Integer.toHexString(c) + " cannot be written in XML: " + text);
            }
        }
        return text;
    }
}
