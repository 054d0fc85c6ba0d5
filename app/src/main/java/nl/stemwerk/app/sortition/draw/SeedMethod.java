package nl.stemwerk.app.sortition.draw;

import java.util.List;
import nl.stemwerk.app.platform.web.InvalidInput;

/** How the public seed was made during the public meeting; shown on the projector and in the audit log. */
public enum SeedMethod {
    /** Dice thrown in public, one digit per die (a 10-sided die, or 1–6 on ordinary dice). */
    DICE,
    /** A number announced in advance by someone else, such as the draw of a national lottery. */
    LOTTERY_NUMBER,
    /** Drawn before Stemwerk recorded the method (the old overview form, before V305); never chosen. */
    UNRECORDED;

    /** The methods the griffie can choose. */
    public static List<SeedMethod> choices() {
        return List.of(DICE, LOTTERY_NUMBER);
    }

    /** In the published seed file. */
    String dutch() {
        return switch (this) {
            case DICE -> "dobbelstenen";
            case LOTTERY_NUMBER -> "lotnummer";
            case UNRECORDED -> "niet vastgelegd";
        };
    }

    static SeedMethod parse(String text) {
        for (SeedMethod method : choices()) {
            if (method.name().equals(text)) {
                return method;
            }
        }
        throw InvalidInput.of("method", "Kies hoe het lotnummer is gemaakt: met dobbelstenen of een lotnummer.");
    }
}
