package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Evens out what the Snowball Dutch stemmer leaves different between singular and plural: a doubled final
 * consonant ("stempass" from stempassen, "stemm" from stemmen), a final z or v ("bewijz", "briev") and the
 * plural s after "eau" ("bureaus"). Both index and query go through it, so a rare wrong merge costs little and
 * the common plurals meet their singular. Words the dictionary already fixed (keywords) are left alone.
 */
final class StemRepairFilter extends TokenFilter {

    private static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    StemRepairFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && term.length() >= MIN_LENGTH) {
            repair();
        }
        return true;
    }

    private void repair() {
        char[] buffer = term.buffer();
        int length = term.length();
        char last = buffer[length - 1];
        if (length > 5 && last == 's' && buffer[length - 2] == 'u' && buffer[length - 3] == 'a'
                && buffer[length - 4] == 'e') {
            term.setLength(length - 1);
        } else if (last == buffer[length - 2] && isConsonant(last)) {
            term.setLength(length - 1);
        } else if (last == 'z') {
            buffer[length - 1] = 's';
        } else if (last == 'v') {
            buffer[length - 1] = 'f';
        }
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
    }
}
