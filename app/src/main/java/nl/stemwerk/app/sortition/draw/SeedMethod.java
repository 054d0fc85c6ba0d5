package nl.stemwerk.app.sortition.draw;

import nl.stemwerk.app.platform.web.InvalidInput;

/** How the public seed was made during the public meeting; shown on the projector and in the audit log. */
public enum SeedMethod {
    /** Dice thrown in public, one digit per die (a 10-sided die, or 1–6 on ordinary dice). */
    DICE,
    /** A number announced in advance by someone else, such as the draw of a national lottery. */
    LOTTERY_NUMBER;

    static SeedMethod parse(String text) {
        for (SeedMethod method : values()) {
            if (method.name().equals(text)) {
                return method;
            }
        }
        throw InvalidInput.of("method", "Kies hoe het lotnummer is gemaakt: met dobbelstenen of een lotnummer.");
    }
}
