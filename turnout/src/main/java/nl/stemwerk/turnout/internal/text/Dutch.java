package nl.stemwerk.turnout.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Numbers and lists written the Dutch way: "147.174", "0,61", "1, 2 en 3". */
public final class Dutch {
    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"));

    private Dutch() {
    }

    public static String number(long value) {
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }

    /** A decimal with exactly {@code decimals} decimals, rounded half up. */
    public static String decimal(double value, int decimals) {
        return decimal(BigDecimal.valueOf(value), decimals);
    }

    public static String decimal(BigDecimal value, int decimals) {
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        return new DecimalFormat(pattern, SYMBOLS).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Metres as "850 m" below 1 km, else "1,8 km". */
    public static String distance(double metres) {
        return metres < 1000 ? number(Math.round(metres)) + " m" : decimal(metres / 1000, 1) + " km";
    }

    /** "1", "1 en 2", "1, 2 en 3". */
    public static String list(List<?> items) {
        return list(items, "en");
    }

    /** The same with another last word: "'ja' of 'nee'". */
    public static String list(List<?> items, String conjunction) {
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return texts.subList(0, texts.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + conjunction + " " + texts.getLast();
    }
}
