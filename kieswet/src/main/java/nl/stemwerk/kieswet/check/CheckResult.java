package nl.stemwerk.kieswet.check;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One check that fired, with the fields to mark on screen (names as in
 * {@link nl.stemwerk.kieswet.entry.Fields}).
 *
 * @param code       the check
 * @param fields     the fields involved, in form order
 * @param listNumber the list concerned, for the F.4xx checks
 */
public record CheckResult(CheckCode code, List<String> fields, OptionalInt listNumber) {
    public CheckResult {
        Objects.requireNonNull(code, "code");
        fields = List.copyOf(fields);
        Objects.requireNonNull(listNumber, "listNumber");
    }

    static CheckResult of(CheckCode code, String... fields) {
        return new CheckResult(code, List.of(fields), OptionalInt.empty());
    }

    static CheckResult of(CheckCode code, List<String> fields) {
        return new CheckResult(code, fields, OptionalInt.empty());
    }

    static CheckResult forList(CheckCode code, int listNumber, String... fields) {
        return new CheckResult(code, List.of(fields), OptionalInt.of(listNumber));
    }
}
