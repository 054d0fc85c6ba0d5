package nl.stemwerk.knowledge.search.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.SearchDocument;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Turns a search document into index fields and reads the stored ones back. */
public final class DocumentMapper {

    /** Stored text with offsets in the postings, so that highlighting need not analyse the text again. */
    private static final FieldType HIGHLIGHTED_TEXT = highlightedText();
    private static final String LIST_SEPARATOR = " ; ";
    /** The ASCII unit separator cannot occur in a title or summary: those are single lines of text. */
    private static final String CARD_SEPARATOR = "\u001F";

    private final FacetsConfig facets;

    public DocumentMapper(FacetsConfig facets) {
        this.facets = facets;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Fields.FACET_ELECTION, true);
        return config;
    }

    public static String key(DocumentKind kind, String id) {
        return kind.name() + ":" + id;
    }

    public static Term keyTerm(DocumentKind kind, String id) {
        return new Term(Fields.KEY, key(kind, id));
    }

    public Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, key(d.kind(), d.id()), Field.Store.NO));
        doc.add(new StringField(Fields.KIND, d.kind().name(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(Fields.CARD, new BytesRef(card(d))));
        doc.add(new Field(Fields.TITLE, d.title(), HIGHLIGHTED_TEXT));
        doc.add(new Field(Fields.SUMMARY, d.summary(), HIGHLIGHTED_TEXT));
        doc.add(new Field(Fields.BODY, d.text(), HIGHLIGHTED_TEXT));
        doc.add(new TextField(Fields.TOPIC_TEXT, d.topic().label(), Field.Store.NO));
        doc.add(new TextField(Fields.LAW, String.join(LIST_SEPARATOR, d.law()), Field.Store.NO));
        doc.add(new TextField(Fields.TITLE_WORDS, d.title(), Field.Store.NO));
        doc.add(new TextField(Fields.WORDS, d.title() + "\n" + d.summary() + "\n" + d.text(), Field.Store.NO));
        doc.add(new SortedDocValuesField(Fields.TITLE_SORT, new BytesRef(d.title().toLowerCase(Locale.ROOT))));
        doc.add(new DoubleDocValuesField(Fields.WEIGHT, d.kind().weight()));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, d.kind().name()));
        doc.add(new SortedSetDocValuesFacetField(Fields.FACET_TOPIC, d.topic().name()));
        d.elections().forEach(e -> doc.add(new SortedSetDocValuesFacetField(Fields.FACET_ELECTION, e.name())));
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stored values of a hit. */
    public record Stored(DocumentKind kind, String id, String title, String summary, Topic topic,
                         List<ElectionType> elections, Optional<LocalDate> date, Optional<Edition> edition) {
    }

    /**
     * What a hit shows besides its snippet, kept as one doc value: reading it costs no decompression of the
     * stored text, which the highlighter reads anyway.
     */
    private static String card(SearchDocument d) {
        return String.join(CARD_SEPARATOR, d.kind().name(), d.id(), d.title(), d.summary(), d.topic().name(),
                String.join(LIST_SEPARATOR, d.elections().stream().map(ElectionType::name).toList()),
                d.date().map(LocalDate::toString).orElse(""), d.edition().map(Edition::code).orElse(""));
    }

    /** The card of one hit. */
    public static Stored read(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues cards = DocValues.getBinary(leaf.reader(), Fields.CARD);
        if (!cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("Document " + doc + " has no card");
        }
        String[] parts = cards.binaryValue().utf8ToString().split(CARD_SEPARATOR, -1);
        return new Stored(
                DocumentKind.valueOf(parts[0]),
                parts[1],
                parts[2],
                parts[3],
                Topic.valueOf(parts[4]),
                parts[5].isEmpty() ? List.of()
                        : Arrays.stream(parts[5].split(LIST_SEPARATOR)).map(ElectionType::valueOf).toList(),
                parts[6].isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(parts[6])),
                Edition.parse(parts[7]));
    }

    private static FieldType highlightedText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
