package nl.stemwerk.sortition.pool;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the address cells of a volunteer into one key, so that "1234 ab" and "1234AB " count as the same
 * address. Two volunteers with the same key are one household ("huishouden").
 */
public final class HouseholdKey {
    private HouseholdKey() {
    }

    /**
     * Joins the normalised cells: trimmed, inner spaces collapsed, upper case, and a Dutch postcode written
     * without its space. Returns an empty key when every cell is blank, because an unknown address must not
     * tie strangers together.
     */
    public static String of(List<String> addressCells) {
        List<String> parts = addressCells.stream().map(HouseholdKey::normalise).toList();
        if (parts.stream().allMatch(String::isEmpty)) {
            return "";
        }
        return parts.stream().collect(Collectors.joining("|"));
    }

    static String normalise(String cell) {
        String text = cell == null ? "" : cell.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        return text.matches("\\d{4} [A-Z]{2}") ? text.replace(" ", "") : text;
    }
}
