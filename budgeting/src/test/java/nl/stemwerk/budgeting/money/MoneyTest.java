package nl.stemwerk.budgeting.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = {"15995|1599500", "15995.5|1599550", "15995,50|1599550", " 7 |700",
            "0.01|1", ".5|50", "12.300|1230", "92233720368547758.07|9223372036854775807", "-30|-3000"})
    void amountsAsPabulibWritesThemAreReadExactlyInCents(String text, long cents) throws Exception {
        assertThat(Money.parse(text)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @CsvSource(delimiter = '|', value = {"abc|NOT_A_NUMBER", "1.2.3|NOT_A_NUMBER", "''|NOT_A_NUMBER",
            "1e5|NOT_A_NUMBER", "0.001|TOO_MANY_DECIMALS", "92233720368547758.08|TOO_LARGE"})
    void anythingElseIsRefusedWithItsReason(String text, MoneyFormatException.Reason reason) {
        MoneyFormatException failure = catchThrowableOfType(MoneyFormatException.class, () -> Money.parse(text));

        assertThat(failure.reason()).isEqualTo(reason);
    }

    @Test
    void amountsAreWrittenTheWayAPbFileAndADutchReaderExpectThem() {
        assertThat(Money.ofCents(1_599_550).toPlainString()).isEqualTo("15995.5");
        assertThat(Money.ofUnits(995_079).toPlainString()).isEqualTo("995079");
        assertThat(DutchNumbers.amount(Money.ofCents(123_456_789), "EUR")).isEqualTo("€ 1.234.567,89");
        assertThat(DutchNumbers.amount(Money.ofUnits(995_079), "PLN")).isEqualTo("995.079 zł");
        assertThat(DutchNumbers.amount(Money.ofUnits(12), "CHF")).isEqualTo("12 CHF");
        assertThat(DutchNumbers.amount(Fraction.of(1_599_500, 16), "EUR")).isEqualTo("€ 999,69");
        assertThat(DutchNumbers.amountRoundedDown(Fraction.of(199_999, 2), "EUR")).isEqualTo("€ 999,99");
        assertThat(DutchNumbers.count(90_494)).isEqualTo("90.494");
        assertThat(DutchNumbers.decimal(Fraction.of(-17, 5), 1)).isEqualTo("-3,4");
    }

    @Test
    void fractionsStayInLowestTerms() {
        assertThat(Fraction.of(6, -4)).isEqualTo(Fraction.of(-3, 2)).hasToString("-3/2");
        assertThat(Fraction.of(7, 2).floor()).hasToString("3");
        assertThat(Fraction.of(-7, 2).floor()).hasToString("-4");
        assertThat(Fraction.of(1, 3).add(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(1, 3).compareTo(Fraction.of(333_333, 1_000_000))).isPositive();
    }
}
