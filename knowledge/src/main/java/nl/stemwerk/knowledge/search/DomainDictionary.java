package nl.stemwerk.knowledge.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words of the election domain that search treats as one: synonyms and abbreviations (both directions,
 * several words allowed), word forms that the Dutch stemmer does not bring together, and word parts that make
 * a compound findable by its part. The standard dictionary ships as {@value #RESOURCE}; editors extend it and
 * the app may add its own with {@link #plus(DomainDictionary)}. Its format is explained at the top of that file.
 */
public record DomainDictionary(List<List<String>> synonyms, List<List<String>> wordForms, List<String> wordParts) {

    public static final String RESOURCE = "nl/stemwerk/knowledge/search/woordenboek.txt";
    private static final String SEPARATOR = "=";

    public DomainDictionary {
        synonyms = synonyms.stream().map(List::copyOf).toList();
        wordForms = wordForms.stream().map(List::copyOf).toList();
        wordParts = List.copyOf(wordParts);
    }

    /** The dictionary that ships with this library. */
    public static DomainDictionary standard() {
        try (InputStream in = DomainDictionary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + RESOURCE + " is missing from the class path.");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DomainDictionary empty() {
        return new DomainDictionary(List.of(), List.of(), List.of());
    }

    /**
     * Reads a dictionary in the format of {@value #RESOURCE}.
     *
     * @throws DictionaryException naming the first line that cannot be read
     */
    public static DomainDictionary read(Reader reader) {
        List<List<String>> synonyms = new ArrayList<>();
        List<List<String>> forms = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        String section = null;
        int number = 0;
        try (BufferedReader lines = new BufferedReader(reader)) {
            for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = section(line, number);
                    continue;
                }
                if (section == null) {
                    throw new DictionaryException(number, DictionaryException.Code.LINE_OUTSIDE_SECTION,
                            "Deze regel staat voor de eerste kop. Zet er [synoniemen], [woordvormen] of [woorddelen] "
                                    + "boven.");
                }
                switch (section) {
                    case "synoniemen" -> synonyms.add(group(line, number));
                    case "woordvormen" -> forms.add(wordForms(line, number));
                    default -> parts.add(part(line, number));
                }
            }
        } catch (IOException e) {
            throw new DictionaryException(number, DictionaryException.Code.UNREADABLE, e.getMessage());
        }
        return new DomainDictionary(synonyms, forms, parts);
    }

    /** This dictionary with the entries of another one added. */
    public DomainDictionary plus(DomainDictionary other) {
        return new DomainDictionary(
                Stream.concat(synonyms.stream(), other.synonyms.stream()).toList(),
                Stream.concat(wordForms.stream(), other.wordForms.stream()).toList(),
                Stream.concat(wordParts.stream(), other.wordParts.stream()).distinct().toList());
    }

    private static String section(String line, int number) {
        String name = line.replaceAll("[\\[\\]]", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("synoniemen", "woordvormen", "woorddelen").contains(name) || !line.endsWith("]")) {
            throw new DictionaryException(number, DictionaryException.Code.UNKNOWN_SECTION,
                    "De kop '" + line + "' kennen we niet. Gebruik [synoniemen], [woordvormen] of [woorddelen].");
        }
        return name;
    }

    private static List<String> group(String line, int number) {
        List<String> words = Arrays.stream(line.split(SEPARATOR, -1)).map(String::strip).toList();
        if (words.stream().anyMatch(String::isEmpty)) {
            throw new DictionaryException(number, DictionaryException.Code.EMPTY_WORD,
                    "Er staat niets tussen twee '='-tekens of aan het begin of eind.");
        }
        if (words.size() < 2) {
            throw new DictionaryException(number, DictionaryException.Code.GROUP_TOO_SMALL,
                    "Een groep heeft minstens twee woorden, gescheiden door ' = '.");
        }
        return words;
    }

    private static List<String> wordForms(String line, int number) {
        List<String> forms = group(line, number);
        long parts = forms.getFirst().split("[\\s-]+").length;
        if (forms.stream().anyMatch(form -> form.split("[\\s-]+").length != parts)) {
            throw new DictionaryException(number, DictionaryException.Code.FORMS_DIFFER_IN_PARTS,
                    "Alle vormen moeten evenveel delen hebben, zoals proces-verbaal = processen-verbaal.");
        }
        return forms;
    }

    private static String part(String line, int number) {
        if (!line.matches("[\\p{L}\\p{N}]+")) {
            throw new DictionaryException(number, DictionaryException.Code.PART_IS_NOT_ONE_WORD,
                    "Een woorddeel is een woord, zonder spaties of tekens: '" + line + "'.");
        }
        return line;
    }
}
