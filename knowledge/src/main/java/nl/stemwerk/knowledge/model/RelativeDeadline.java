package nl.stemwerk.knowledge.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline as a number of days before or after an anchor day, written like {@code kandidaatstelling-14d}.
 *
 * @param offsetDays negative for days before the anchor, positive for days after it
 */
public record RelativeDeadline(Anchor anchor, int offsetDays) {

    private static final Pattern FORM = Pattern.compile("([a-z-]+?)([+-])(\\d{1,4})d");

    public RelativeDeadline {
        Objects.requireNonNull(anchor, "anchor");
    }

    /** Reads {@code <anchor><+|-><N>d}; empty when the text has another form or an unknown anchor. */
    public static Optional<RelativeDeadline> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int days = Integer.parseInt(m.group(3));
        return Anchor.fromKey(m.group(1))
                .map(anchor -> new RelativeDeadline(anchor, m.group(2).equals("-") ? -days : days));
    }

    @Override
    public String toString() {
        return anchor.key() + (offsetDays < 0 ? "-" : "+") + Math.abs(offsetDays) + "d";
    }
}
