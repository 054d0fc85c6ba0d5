package nl.stemwerk.knowledge.format;

/** A valid FAQ file as text, for tests that break one thing in it. */
final class FaqText {

    static final String VALID = """
            ---
            id: stempas-kwijt
            type: faq
            title: Stempas kwijt?
            summary: Vraag een vervangende stempas aan.
            topic: Stemmen en volmachten
            elections: GR ; TK
            law: Kieswet art. J 8
            updated: 2026-02-10
            ---
            De kiezer vraagt een vervangende stempas aan.
            """;

    private FaqText() {
    }

    /** The valid text with one line replaced (the line must occur exactly as given). */
    static String with(String line, String replacement) {
        if (!VALID.contains(line)) {
            throw new IllegalArgumentException("Not in the valid FAQ: " + line);
        }
        return VALID.replace(line, replacement);
    }
}
