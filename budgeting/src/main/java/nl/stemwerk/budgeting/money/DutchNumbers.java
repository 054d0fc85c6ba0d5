package nl.stemwerk.budgeting.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers and amounts the way a Dutch reader expects them: a dot between thousands and a comma before decimals
 * ("€ 1.234,56", "90.494 stemmers"). Independent of the machine's locale, so a result reads the same everywhere.
 */
public final class DutchNumbers {

    private DutchNumbers() {
    }

    /** "€ 15.995" for whole amounts, "€ 1.234,56" otherwise; other currencies as "15.995 PLN". */
    public static String amount(Money money, String currency) {
        BigDecimal value = BigDecimal.valueOf(money.cents(), 2);
        String digits = money.cents() % 100 == 0 ? grouped(value.toBigInteger()) : decimal(value, 2);
        return withCurrency(digits, currency);
    }

    /** An exact amount in cents, rounded half up to whole cents for display. */
    public static String amount(Fraction cents, String currency) {
        return amount(Money.ofCents(cents.toBigDecimal(0).longValueExact()), currency);
    }

    /** An exact amount in cents, rounded down to whole cents: for money that must not look like more than it was. */
    public static String amountRoundedDown(Fraction cents, String currency) {
        return amount(Money.ofCents(cents.floor().longValueExact()), currency);
    }

    /** "90.494". */
    public static String count(long value) {
        return grouped(BigInteger.valueOf(value));
    }

    /** "3,4" for {@code decimal(17/5, 1)}: rounded half up. */
    public static String decimal(Fraction value, int decimals) {
        return decimal(value.toBigDecimal(decimals), decimals);
    }

    private static String decimal(BigDecimal value, int decimals) {
        BigDecimal scaled = value.setScale(decimals, java.math.RoundingMode.HALF_UP);
        String sign = scaled.signum() < 0 ? "-" : "";
        scaled = scaled.abs();
        String whole = grouped(scaled.toBigInteger());
        if (decimals == 0) {
            return sign + whole;
        }
        String fraction = scaled.toPlainString();
        return sign + whole + "," + fraction.substring(fraction.indexOf('.') + 1);
    }

    private static String grouped(BigInteger value) {
        String digits = value.abs().toString();
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (value.signum() < 0 ? "-" : "") + out;
    }

    private static String withCurrency(String digits, String currency) {
        return switch (currency) {
            case "EUR" -> "€ " + digits;
            case "PLN" -> digits + " zł";
            default -> digits + " " + currency;
        };
    }
}
