package nl.stemwerk.knowledge.format.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ChecklistTask;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.Edition;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.format.ProblemCode;

/** Turns one file's front matter and body into a typed, validated content item. */
public final class ItemFactory {

    private ItemFactory() {
    }

    /**
     * The item, or empty when the file has problems (all of them are reported).
     *
     * @param lines receives, for a valid item, the line of each front-matter key (for later cross-file checks)
     */
    public static Optional<ContentItem> build(String file, String text, Problems problems,
                                              Map<String, Integer> lines) {
        Optional<ContentPath> place = ContentPath.parse(file);
        if (place.isEmpty()) {
            problems.add(file, 0, ProblemCode.UNEXPECTED_LOCATION);
            return Optional.empty();
        }
        Optional<FrontMatter> frontMatter = FrontMatterReader.read(file, text, problems);
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        Optional<ContentType> type = type(file, fm, place.get(), problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int before = problems.count();
        checkKeys(file, fm, type.get(), problems);
        FieldReader fields = new FieldReader(file, fm, type.get(), problems);
        Optional<Metadata> metadata = metadata(file, fields, type.get(), place.get(), problems);
        if (fm.body().isBlank()) {
            problems.add(file, fm.bodyStart(), ProblemCode.EMPTY_BODY);
        }
        Optional<? extends ContentItem> item = switch (type.get()) {
            case ARTICLE -> article(file, fields, metadata, fm.body(), place.get(), problems);
            case FAQ -> faq(fields, metadata, fm.body());
            case NEWSLETTER -> newsletter(fields, metadata, fm.body());
            case CHECKLIST -> checklist(file, fields, metadata, fm, problems);
        };
        if (problems.count() > before || item.isEmpty()) {
            return Optional.empty();
        }
        fm.entries().forEach((key, entry) -> lines.put(key, entry.line()));
        return Optional.of(item.get());
    }

    private static Optional<ContentType> type(String file, FrontMatter fm, ContentPath place, Problems problems) {
        Optional<FrontMatter.Entry> entry = fm.entry(Keys.TYPE);
        if (entry.isEmpty()) {
            problems.add(file, 0, ProblemCode.MISSING_KEY, Keys.TYPE, place.type().key());
            return Optional.empty();
        }
        Optional<ContentType> type = ContentType.fromKey(entry.get().value());
        if (type.isEmpty()) {
            problems.add(file, entry.get().line(), ProblemCode.INVALID_TYPE, entry.get().value());
            return Optional.empty();
        }
        if (type.get() != place.type()) {
            problems.add(file, entry.get().line(), ProblemCode.TYPE_NOT_FOLDER, type.get().key(),
                    place.type().folder(), type.get().folder());
            return Optional.empty();
        }
        return type;
    }

    private static void checkKeys(String file, FrontMatter fm, ContentType type, Problems problems) {
        List<String> allowed = Keys.of(type);
        String allowedText = String.join(", ", allowed);
        fm.entries().forEach((key, entry) -> {
            if (!Keys.all().contains(key)) {
                problems.add(file, entry.line(), ProblemCode.UNKNOWN_KEY, key, allowedText);
            } else if (!allowed.contains(key)) {
                problems.add(file, entry.line(), ProblemCode.KEY_NOT_FOR_TYPE, key, type.key(), allowedText);
            }
        });
    }

    private static Optional<Metadata> metadata(String file, FieldReader fields, ContentType type, ContentPath place,
                                               Problems problems) {
        Optional<String> id = fields.id();
        id.filter(value -> !value.equals(place.id()))
                .ifPresent(value -> problems.add(file, fields.lineOf(Keys.ID), ProblemCode.ID_NOT_FILE_NAME, value,
                        place.id()));
        Optional<String> title = fields.text(Keys.TITLE);
        Optional<String> summary = fields.text(Keys.SUMMARY);
        Optional<Topic> topic = fields.topic(Keys.TOPIC);
        Optional<List<ElectionType>> elections = fields.elections(Keys.ELECTIONS);
        Optional<List<String>> law = fields.strings(Keys.LAW);
        if (type == ContentType.ARTICLE && law.map(List::isEmpty).orElse(false)) {
            problems.add(file, fields.lineOf(Keys.LAW), ProblemCode.MISSING_LAW);
        }
        if (id.isEmpty() || title.isEmpty() || summary.isEmpty() || topic.isEmpty() || elections.isEmpty()
                || law.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Metadata(id.get(), type, title.get(), summary.get(), topic.get(), elections.get(),
                law.get()));
    }

    private static Optional<ArticleVersion> article(String file, FieldReader fields, Optional<Metadata> metadata,
                                                    String body, ContentPath place, Problems problems) {
        Optional<Edition> appliesTo = fields.edition(Keys.APPLIES_TO);
        Optional<LocalDate> updated = fields.date(Keys.UPDATED);
        Optional<String> changeNote = fields.text(Keys.CHANGE_NOTE);
        int line = fields.lineOf(Keys.APPLIES_TO);
        appliesTo.filter(edition -> !edition.code().equals(place.version()))
                .ifPresent(edition -> problems.add(file, line, ProblemCode.VERSION_NOT_FILE_NAME, edition.code(),
                        place.version() + ".md"));
        if (appliesTo.isPresent() && metadata.isPresent()
                && !metadata.get().elections().contains(appliesTo.get().type())) {
            problems.add(file, line, ProblemCode.EDITION_NOT_IN_ELECTIONS, appliesTo.get().code(),
                    appliesTo.get().type().name());
        }
        if (metadata.isEmpty() || appliesTo.isEmpty() || updated.isEmpty() || changeNote.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ArticleVersion(metadata.get(), appliesTo.get(), updated.get(), changeNote.get(), body));
    }

    private static Optional<Faq> faq(FieldReader fields, Optional<Metadata> metadata, String body) {
        Optional<LocalDate> updated = fields.date(Keys.UPDATED);
        if (metadata.isEmpty() || updated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Faq(metadata.get(), updated.get(), body));
    }

    private static Optional<Newsletter> newsletter(FieldReader fields, Optional<Metadata> metadata, String body) {
        Optional<String> number = fields.issueNumber(Keys.NUMBER);
        Optional<LocalDate> date = fields.date(Keys.DATE);
        Optional<List<Topic>> topics = fields.topics(Keys.TOPICS);
        if (metadata.isEmpty() || number.isEmpty() || date.isEmpty() || topics.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Newsletter(metadata.get(), number.get(), date.get(), topics.get(), body));
    }

    private static Optional<Checklist> checklist(String file, FieldReader fields, Optional<Metadata> metadata,
                                                 FrontMatter fm, Problems problems) {
        Optional<String> hint = fields.text(Keys.ANCHOR_HINT);
        String checklistId = metadata.map(Metadata::id).orElse("");
        List<ChecklistTask> tasks = ChecklistTaskReader.read(file, checklistId, fm.body(), fm.bodyStart(), problems);
        if (metadata.isEmpty() || hint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Checklist(metadata.get(), hint.get(), fm.body(), tasks));
    }
}
