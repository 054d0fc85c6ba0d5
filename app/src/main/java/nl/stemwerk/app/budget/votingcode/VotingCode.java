package nl.stemwerk.app.budget.votingcode;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A voting code ("stemcode") as printed on a letter: 12 symbols of Crockford's base 32 (digits and letters without
 * I, L, O and U), shown in groups of four, e.g. {@code 7KQ2-M9XD-4HTW}. Each symbol carries 5 bits, so a code has
 * 60 bits of entropy from {@link SecureRandom}. Typing is forgiving: lower case, spaces and dashes are ignored, and
 * I/L are read as 1 and O as 0.
 *
 * @param value the 12 symbols, upper case, without dashes
 */
public record VotingCode(String value) {
    public static final int LENGTH = 12;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public VotingCode {
        if (value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new IllegalArgumentException("not a voting code");
        }
    }

    public static VotingCode random() {
        char[] symbols = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            symbols[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new VotingCode(new String(symbols));
    }

    /** The code a resident typed, or empty when it cannot be a voting code (wrong length or symbols). */
    public static Optional<VotingCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u00a0' || c == '\t') {
                continue;
            }
            char read = c == 'I' || c == 'L' ? '1' : c == 'O' ? '0' : c;
            if (ALPHABET.indexOf(read) < 0 || symbols.length() == LENGTH) {
                return Optional.empty();
            }
            symbols.append(read);
        }
        return symbols.length() == LENGTH ? Optional.of(new VotingCode(symbols.toString())) : Optional.empty();
    }

    /** "7KQ2-M9XD-4HTW", as printed. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return "VotingCode[hidden]";
    }
}
