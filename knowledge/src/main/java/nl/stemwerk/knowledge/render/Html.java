package nl.stemwerk.knowledge.render;

/** Escaping text for HTML element content and attribute values. */
public final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '} so the text can never open a tag or leave an attribute. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
