package nl.stemwerk.app.users;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: at least 12 characters (NCSC advice favours length over character rules), not the
 * user name, not a well-known password. Initial passwords are random and shown once.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private static final int MAX_LENGTH = 200;
    private static final Set<String> WELL_KNOWN = Set.of("welkom123456", "wachtwoord123", "password1234",
            "123456789012", "qwertyuiopas", "stemwerk2026", "verkiezingen1", "gemeente1234");
    // no 0/O, 1/l/I: the initial password is read from a screen and typed by someone else
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The Dutch reason a password is not acceptable, or empty if it is. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Kies een wachtwoord van minstens " + MIN_LENGTH + " tekens. Een zin van een paar woorden werkt goed.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Kies een wachtwoord van hoogstens " + MAX_LENGTH + " tekens.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Uw gebruikersnaam mag niet in uw wachtwoord staan.");
        }
        if (WELL_KNOWN.contains(lower) || password.chars().distinct().count() < 4) {
            return Optional.of("Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord.");
        }
        return Optional.empty();
    }

    public static String randomInitialPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
