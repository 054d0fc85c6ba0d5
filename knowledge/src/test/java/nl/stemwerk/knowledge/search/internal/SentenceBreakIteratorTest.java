package nl.stemwerk.knowledge.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {

    private static final String TEXT = "Open het stembureau om 7.30 uur. Tel daarna!\nNieuwe alinea? Ja. Einde";

    private static List<Integer> walk(BreakIterator iterator) {
        List<Integer> boundaries = new ArrayList<>();
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            boundaries.add(b);
        }
        return boundaries;
    }

    @Test
    void breaksAfterSentenceEndsAndLineEndsButNotInsideNumbers() {
        SentenceBreakIterator iterator = new SentenceBreakIterator();
        iterator.setText(TEXT);

        assertThat(walk(iterator)).containsExactly(0, TEXT.indexOf("Tel"), TEXT.indexOf("Nieuwe"), TEXT.indexOf("Ja"),
                TEXT.indexOf("Einde"), TEXT.length());
    }

    @Test
    void followingAndPrecedingBehaveLikeTheJdkContract() {
        SentenceBreakIterator iterator = new SentenceBreakIterator();
        iterator.setText(TEXT);
        int tel = TEXT.indexOf("Tel");

        assertThat(iterator.following(0)).isEqualTo(tel);
        assertThat(iterator.following(tel)).isEqualTo(TEXT.indexOf("Nieuwe"));
        assertThat(iterator.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(iterator.preceding(tel)).isZero();
        assertThat(iterator.preceding(tel + 1)).isEqualTo(tel);
        assertThat(iterator.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(iterator.isBoundary(tel)).isTrue();
        assertThat(iterator.isBoundary(tel + 1)).isFalse();
    }

    @Test
    void anEmptyTextHasOneBoundary() {
        SentenceBreakIterator iterator = new SentenceBreakIterator();
        iterator.setText("");

        assertThat(walk(iterator)).containsExactly(0);
        assertThat(iterator.last()).isZero();
    }

    @Test
    void movingPastEitherEndReturnsDone() {
        SentenceBreakIterator iterator = new SentenceBreakIterator();
        iterator.setText("Een. Twee.");

        assertThat(iterator.last()).isEqualTo(10);
        assertThat(iterator.next()).isEqualTo(BreakIterator.DONE);
        assertThat(iterator.first()).isZero();
        assertThat(iterator.previous()).isEqualTo(BreakIterator.DONE);
        assertThat(iterator.next(2)).isEqualTo(10);
    }
}
