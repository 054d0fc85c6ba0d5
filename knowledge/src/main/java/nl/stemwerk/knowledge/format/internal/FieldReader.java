package nl.stemwerk.knowledge.format.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.format.ProblemCode;

/**
 * Reads typed values from the front matter of one file. A value that is missing or wrong is reported to the
 * problems with its line and comes back empty, so that one pass reports every problem of the file.
 */
final class FieldReader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("\\d{4}-\\d{2}");
    private static final String COMMA_HINT = " Scheid meerdere waarden met ' ; ' en niet met een komma.";

    private final String file;
    private final FrontMatter frontMatter;
    private final ContentType type;
    private final Problems problems;

    FieldReader(String file, FrontMatter frontMatter, ContentType type, Problems problems) {
        this.file = file;
        this.frontMatter = frontMatter;
        this.type = type;
        this.problems = problems;
    }

    int lineOf(String key) {
        return frontMatter.lineOf(key);
    }

    /** The trimmed value; reports a missing key, and an empty value where the key needs one. */
    Optional<String> text(String key) {
        Optional<FrontMatter.Entry> entry = frontMatter.entry(key);
        if (entry.isEmpty()) {
            if (Keys.optional(key)) {
                return Optional.of("");
            }
            problems.add(file, 0, ProblemCode.MISSING_KEY, key, type.key());
            return Optional.empty();
        }
        String value = entry.get().value();
        if (value.isEmpty() && !Keys.mayBeEmpty(key)) {
            problems.add(file, entry.get().line(), ProblemCode.EMPTY_VALUE, key);
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> id() {
        return text(Keys.ID).filter(value -> check(SLUG.matcher(value).matches(), Keys.ID, ProblemCode.INVALID_ID,
                value));
    }

    Optional<LocalDate> date(String key) {
        return text(key).flatMap(value -> {
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problems.add(file, lineOf(key), ProblemCode.INVALID_DATE, value);
                return Optional.empty();
            }
        });
    }

    Optional<String> issueNumber(String key) {
        return text(key).filter(value -> check(ISSUE_NUMBER.matcher(value).matches(), key, ProblemCode.INVALID_NUMBER,
                value));
    }

    Optional<Edition> edition(String key) {
        return text(key).flatMap(value -> {
            Optional<Edition> edition = Edition.parse(value);
            if (edition.isEmpty()) {
                problems.add(file, lineOf(key), ProblemCode.INVALID_EDITION, value);
            }
            return edition;
        });
    }

    Optional<Topic> topic(String key) {
        return text(key).flatMap(value -> known(key, value, Topic::fromLabel, ProblemCode.INVALID_TOPIC,
                tileList(), commaHint(value)));
    }

    Optional<List<Topic>> topics(String key) {
        return list(key, value -> known(key, value, Topic::fromLabel, ProblemCode.INVALID_TOPIC, tileList(),
                commaHint(value)));
    }

    Optional<List<ElectionType>> elections(String key) {
        return list(key, value -> known(key, value, ElectionType::fromCode, ProblemCode.INVALID_ELECTION,
                commaHint(value)));
    }

    /** A list value split at {@code " ; "}; empty items and doubles are reported. */
    Optional<List<String>> strings(String key) {
        return list(key, Optional::of);
    }

    private <T> Optional<List<T>> list(String key, Function<String, Optional<T>> item) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isEmpty()) {
            return Optional.of(List.of());
        }
        List<T> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean complete = true;
        for (String part : split(text.get())) {
            if (part.isEmpty()) {
                problems.add(file, lineOf(key), ProblemCode.EMPTY_VALUE, key);
                complete = false;
            } else if (!seen.add(part)) {
                problems.add(file, lineOf(key), ProblemCode.DUPLICATE_VALUE, part, key);
                complete = false;
            } else {
                Optional<T> value = item.apply(part);
                value.ifPresent(values::add);
                complete &= value.isPresent();
            }
        }
        return complete ? Optional.of(List.copyOf(values)) : Optional.empty();
    }

    /** Splits at semicolons; the format asks for spaces around them, but a missing space is no reason to fail. */
    static List<String> split(String value) {
        return Arrays.stream(value.split(";", -1)).map(String::strip).toList();
    }

    private <T> Optional<T> known(String key, String value, Function<String, Optional<T>> lookup, ProblemCode code,
                                  Object... extraDetails) {
        Optional<T> found = lookup.apply(value);
        if (found.isEmpty()) {
            Object[] details = new Object[extraDetails.length + 1];
            details[0] = value;
            System.arraycopy(extraDetails, 0, details, 1, extraDetails.length);
            problems.add(file, lineOf(key), code, details);
        }
        return found;
    }

    private boolean check(boolean ok, String key, ProblemCode code, Object... details) {
        if (!ok) {
            problems.add(file, lineOf(key), code, details);
        }
        return ok;
    }

    private static String commaHint(String value) {
        return value.contains(",") ? COMMA_HINT : "";
    }

    private static String tileList() {
        return Arrays.stream(Topic.values()).map(Topic::label).collect(Collectors.joining(", "));
    }
}
