package nl.stemwerk.app.turnout.web.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.stemwerk.app.platform.text.DutchNumbers;
import nl.stemwerk.turnout.figures.Ratio;

/** Figures written as Dutch readers expect them: "51,0%", "0,61", "9.350", "1,6 km", "16 maart 2022". */
public final class DutchFormat {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private DutchFormat() {
    }

    public static String percent(Ratio ratio) {
        return ratio.dutchPercent();
    }

    /** "36.015 van 70.563". */
    public static String partOf(Ratio ratio) {
        return DutchNumbers.whole(ratio.part()) + " van " + DutchNumbers.whole(ratio.whole());
    }

    public static String decimal(BigDecimal value, int scale) {
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = DutchNumbers.whole(Long.parseLong(dot < 0 ? plain : plain.substring(0, dot)));
        return (rounded.signum() < 0 ? "-" : "") + whole + (dot < 0 ? "" : "," + plain.substring(dot + 1));
    }

    public static String whole(long value) {
        return DutchNumbers.whole(value);
    }

    /** Metres below a kilometre, kilometres with one decimal above. */
    public static String distance(double metres) {
        if (metres < 1000) {
            return Math.round(metres) + " m";
        }
        return decimal(BigDecimal.valueOf(metres / 1000), 1) + " km";
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A number for CSV: a decimal comma, no thousands separator, as Dutch spreadsheets read it. */
    public static String csvNumber(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
