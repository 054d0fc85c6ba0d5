package nl.stemwerk.sortition.draw;

import java.util.Objects;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;

/**
 * The public random number behind a draw ("openbaar lotnummer"): digits thrown with dice in public, or a lottery
 * number announced in advance. Spaces, dots, dashes and underscores between the digits are ignored; leading
 * zeros count. Because the draw is a fixed function of these digits, the digits decide how many different draws
 * are possible: at least {@link #MIN_DIGITS} are required and more are better (see the module README).
 *
 * @param digits the decimal digits, as entered without separators
 */
public record PublicSeed(String digits) {
    /** Six digits: one million possible draws, the least for a fair spread over the panels. */
    public static final int MIN_DIGITS = 6;

    public PublicSeed {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("\\d+")) {
            throw new SortitionException(ProblemCode.SEED_INVALID,
                    "Het lotnummer mag alleen cijfers bevatten, niet '" + digits + "'.");
        }
        if (digits.length() < MIN_DIGITS) {
            throw new SortitionException(ProblemCode.SEED_INVALID, "Het lotnummer '" + digits + "' heeft "
                    + digits.length() + " cijfers. Gebruik er minstens " + MIN_DIGITS
                    + ", zodat er genoeg verschillende uitkomsten mogelijk zijn.");
        }
    }

    /** Reads a seed as people write it down: "0 873 415", "3-5-1-6-2-4" or "1.234.567". */
    public static PublicSeed parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().replaceAll("[\\s._-]", "");
        if (digits.isEmpty() || !digits.matches("\\d+")) {
            throw new SortitionException(ProblemCode.SEED_INVALID, "Het lotnummer '" + text
                    + "' is geen getal. Gebruik alleen cijfers, eventueel met spaties of punten ertussen.");
        }
        return new PublicSeed(digits);
    }
}
