package nl.stemwerk.knowledge.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for snippets: after ".", "!" or "?" followed by white space, and after every line end (the
 * plain text of content has one block per line). All boundaries are found once when the text is set, so the
 * many {@code following}/{@code preceding} calls of the highlighter are binary searches. The JDK's rule-based
 * sentence iterator took a third of the time of highlighting.
 */
final class SentenceBreakIterator extends BreakIterator {

    private String text = "";
    private int[] boundaries = {0};
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                int next = i + 1;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                if (next < text.length() && next > found[count - 1]) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = next;
                }
            }
        }
        if (text.length() > found[count - 1]) {
            found = Arrays.copyOf(found, count + 1);
            found[count++] = text.length();
        }
        boundaries = Arrays.copyOf(found, count);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public int first() {
        current = 0;
        return boundaries[current];
    }

    @Override
    public int last() {
        current = boundaries.length - 1;
        return boundaries[current];
    }

    @Override
    public int next(int n) {
        int target = current + n;
        if (target < 0 || target >= boundaries.length) {
            current = target < 0 ? 0 : boundaries.length - 1;
            return DONE;
        }
        current = target;
        return boundaries[current];
    }

    @Override
    public int next() {
        return next(1);
    }

    @Override
    public int previous() {
        return next(-1);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int next = index >= 0 ? index + 1 : -index - 1;
        if (next >= boundaries.length) {
            current = boundaries.length - 1;
            return DONE;
        }
        current = next;
        return boundaries[current];
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        int index = Arrays.binarySearch(boundaries, offset);
        int previous = index >= 0 ? index - 1 : -index - 2;
        if (previous < 0) {
            current = 0;
            return DONE;
        }
        current = previous;
        return boundaries[current];
    }

    @Override
    public int current() {
        return boundaries[current];
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text of " + text.length());
        }
    }
}
