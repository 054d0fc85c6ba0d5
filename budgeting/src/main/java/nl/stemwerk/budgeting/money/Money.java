package nl.stemwerk.budgeting.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact amount of money in cents ("bedrag"). Budgets and project costs are whole cents; anything finer, such as
 * one voter's equal share of a cost, is a {@link Fraction} of cents.
 *
 * @param cents the amount in cents (hundredths of the currency unit)
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    /** No limit: the largest amount a {@code long} holds. */
    public static final Money UNLIMITED = new Money(Long.MAX_VALUE);

    /** Whole currency units, e.g. {@code ofUnits(15995)} is € 15.995. */
    public static Money ofUnits(long units) {
        return new Money(Math.multiplyExact(units, 100L));
    }

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /**
     * Reads an amount as written in a .pb file: digits with at most one decimal separator ({@code .} or {@code ,}).
     *
     * @throws MoneyFormatException when the text is not such an amount, has more than two significant decimals or
     *                              does not fit in a {@code long} number of cents
     */
    public static Money parse(String text) throws MoneyFormatException {
        String trimmed = text.strip().replace(',', '.');
        if (trimmed.isEmpty() || !trimmed.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new MoneyFormatException(MoneyFormatException.Reason.NOT_A_NUMBER, text);
        }
        BigDecimal value = new BigDecimal(trimmed).stripTrailingZeros();
        if (value.scale() > 2) {
            throw new MoneyFormatException(MoneyFormatException.Reason.TOO_MANY_DECIMALS, text);
        }
        BigInteger cents = value.movePointRight(2).toBigIntegerExact();
        if (cents.bitLength() > 63) {
            throw new MoneyFormatException(MoneyFormatException.Reason.TOO_LARGE, text);
        }
        return new Money(cents.longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(cents, factor));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isUnlimited() {
        return cents == Long.MAX_VALUE;
    }

    public boolean exceeds(Money other) {
        return cents > other.cents;
    }

    public Fraction toFraction() {
        return Fraction.of(cents);
    }

    /** As a .pb file writes it: {@code 15995}, {@code 15995.5}, {@code 0.25}. */
    public String toPlainString() {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
