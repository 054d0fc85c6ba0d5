package nl.stemwerk.app.budget;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.stemwerk.budgeting.money.Money;

/**
 * Amounts in euros as a Dutch official types them: {@code 15000}, {@code 15.000}, {@code € 15.000,50}. A dot only
 * separates thousands and a comma only starts the cents, so "12.50" is refused instead of read as 1.250 or 12,50.
 */
public final class EuroAmount {
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?");
    private static final Pattern PLAIN = Pattern.compile("\\d{1,13}(,\\d{1,2})?");

    private EuroAmount() {
    }

    /** The amount, or empty when the text is not an amount in euros as described above. */
    public static Optional<Money> parse(String text) {
        String value = text == null ? "" : text.replace("€", "").replace('\u00a0', ' ').replace(" ", "").strip();
        if (!GROUPED.matcher(value).matches() && !PLAIN.matcher(value).matches()) {
            return Optional.empty();
        }
        String digits = value.replace(".", "");
        int comma = digits.indexOf(',');
        String whole = comma < 0 ? digits : digits.substring(0, comma);
        String cents = comma < 0 ? "00" : (digits.substring(comma + 1) + "0").substring(0, 2);
        if (whole.length() > 13) {
            return Optional.empty();
        }
        return Optional.of(Money.ofCents(Long.parseLong(whole) * 100 + Long.parseLong(cents)));
    }

    /** The Dutch hint for a field that holds no such amount. */
    public static String hint(String text) {
        return "'" + text.strip() + "' is geen bedrag in euro's. Schrijf bijvoorbeeld 15000, 15.000 of 15.000,50.";
    }
}
