package nl.stemwerk.app.platform.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** picocli's messages about wrong options, in Dutch. */
public final class DutchParameterErrors {
    private static final Pattern INVALID_VALUE = Pattern.compile(
            "Invalid value for (?:option|positional parameter) '([^']+)'.*?: (?:expected one of \\[(.*)\\] .*but was '([^']*)'|'([^']*)' is not an? ([a-z]+))");

    private DutchParameterErrors() {
    }

    public static String translate(CommandLine.ParameterException exception) {
        if (exception instanceof CommandLine.MissingParameterException missing) {
            return "Deze optie ontbreekt: " + missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("?") + ".";
        }
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "Onbekende optie of opdracht: " + String.join(" ", unmatched.getUnmatched()) + ".";
        }
        Matcher matcher = INVALID_VALUE.matcher(exception.getMessage());
        if (matcher.find()) {
            if (matcher.group(2) != null) {
                return "Ongeldige waarde '" + matcher.group(3) + "' voor " + matcher.group(1) + ". Kies uit: " + matcher.group(2) + ".";
            }
            return "Ongeldige waarde '" + matcher.group(4) + "' voor " + matcher.group(1) + ": dit moet een "
                    + (matcher.group(5).matches("int|integer|long|short") ? "geheel getal" : matcher.group(5)) + " zijn.";
        }
        return "De opdracht klopt niet: " + exception.getMessage();
    }
}
