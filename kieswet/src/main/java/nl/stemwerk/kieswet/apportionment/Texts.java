package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for Dutch text. */
final class Texts {
    private Texts() {
    }

    /** "1", "1 en 2", "1, 2 en 3". */
    static String joinNumbers(List<Integer> numbers) {
        return join(numbers.stream().map(String::valueOf).toList());
    }

    /** "a", "a en b", "a, b en c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", "))
                + " en " + parts.get(parts.size() - 1);
    }
}
