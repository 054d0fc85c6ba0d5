package nl.stemwerk.knowledge.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Spellings of a word that sound the same in Dutch: "volmagt" for "volmacht", "kweit" for "kwijt", "stuurt" for
 * "stuurd". Such mistakes are two letters off, which an edit-distance speller rejects for short words, yet they are
 * the mistakes people make most when they write a word as they hear it.
 */
final class SoundAlikes {
    /** Two confusions at most, so a word does not drift into another word. */
    private static final int MAX_CHANGES = 2;
    private static final int MAX_VARIANTS = 64;
    private static final String[][] CONFUSIONS = {
            {"ch", "g"}, {"g", "ch"}, {"ij", "ei"}, {"ei", "ij"}, {"y", "ij"}, {"ij", "y"}, {"au", "ou"}, {"ou", "au"},
            {"dt", "t"}, {"c", "k"}, {"k", "c"}, {"z", "s"}, {"s", "z"}, {"v", "f"}, {"f", "v"}, {"ie", "i"},
            {"uu", "u"}, {"u", "uu"}, {"ee", "e"}, {"oo", "o"}, {"aa", "a"}, {"e", "ee"}, {"o", "oo"}, {"a", "aa"}};

    private SoundAlikes() {
    }

    /** The other spellings, fewest changes first; the word itself is not among them. */
    static List<String> of(String word) {
        Set<String> found = new LinkedHashSet<>();
        List<String> round = List.of(word);
        for (int change = 0; change < MAX_CHANGES && found.size() < MAX_VARIANTS; change++) {
            List<String> next = new ArrayList<>();
            for (String spelling : round) {
                for (String variant : oneChange(spelling)) {
                    if (!variant.equals(word) && found.size() < MAX_VARIANTS && found.add(variant)) {
                        next.add(variant);
                    }
                }
            }
            round = next;
        }
        return List.copyOf(found);
    }

    private static List<String> oneChange(String word) {
        List<String> variants = new ArrayList<>();
        for (String[] confusion : CONFUSIONS) {
            for (int at = word.indexOf(confusion[0]); at >= 0; at = word.indexOf(confusion[0], at + 1)) {
                variants.add(word.substring(0, at) + confusion[1] + word.substring(at + confusion[0].length()));
            }
        }
        if (word.endsWith("d")) {
            variants.add(word.substring(0, word.length() - 1) + "t");
        } else if (word.endsWith("t")) {
            variants.add(word.substring(0, word.length() - 1) + "d");
        }
        return variants;
    }
}
