package nl.stemwerk.app.budget.votingcode;

import java.security.SecureRandom;

/**
 * The pseudonym a stored ballot gets: 16 random characters (80 bits), unrelated to the code, the letter, the
 * address or the time. It is the {@code voter_id} of the anonymised .pb file.
 */
public final class VoterRef {
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VoterRef() {
    }

    public static String random() {
        char[] symbols = new char[16];
        for (int i = 0; i < symbols.length; i++) {
            symbols[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(symbols);
    }
}
