package nl.stemwerk.kieswet.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The checks that fired on one entry: errors and warnings, each sorted by code. */
public record CheckResults(List<CheckResult> errors, List<CheckResult> warnings) {
    public CheckResults {
        errors = sorted(errors);
        warnings = sorted(warnings);
    }

    static CheckResults of(List<CheckResult> results) {
        return new CheckResults(results.stream().filter(r -> r.code().isError()).toList(),
                results.stream().filter(r -> !r.code().isError()).toList());
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** All codes that fired, errors first. */
    public List<CheckCode> codes() {
        List<CheckCode> codes = new ArrayList<>();
        errors.forEach(r -> codes.add(r.code()));
        warnings.forEach(r -> codes.add(r.code()));
        return codes;
    }

    private static List<CheckResult> sorted(List<CheckResult> results) {
        return results.stream().sorted(Comparator.comparing(CheckResult::code)).toList();
    }
}
