package nl.stemwerk.app.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.stemwerk.budgeting.money.DutchNumbers;
import nl.stemwerk.budgeting.money.Money;
import org.springframework.stereotype.Component;

/** Amounts and dates the Dutch way, for templates ({@code ${@budgetFormat.euro(p.cost)}}) and letters. */
@Component("budgetFormat")
public class BudgetFormat {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm",
            Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    /** "€ 15.995" or "€ 1.234,56". */
    public String euro(Money money) {
        return money == null ? "" : DutchNumbers.amount(money, "EUR");
    }

    /** "15.000" or "15.000,50", as the set-up fields take it back. */
    public static String plainEuros(Money money) {
        return DutchNumbers.amount(money, "EUR").replace("€", "").strip();
    }

    /** "19 maart 2026", or the given text when there is no date. */
    public String date(LocalDate date, String none) {
        return date == null ? none : DATE.format(date);
    }

    /** "19 maart 2026 om 14:05", Dutch time. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(ZoneId.of("Europe/Amsterdam")));
    }

    /** "90.494". */
    public String count(long value) {
        return DutchNumbers.count(value);
    }
}
