package nl.stemwerk.app.knowledge.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.knowledge.model.ArticleVersion;
import nl.stemwerk.knowledge.model.Checklist;
import nl.stemwerk.knowledge.model.ContentItem;
import nl.stemwerk.knowledge.model.ContentType;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Faq;
import nl.stemwerk.knowledge.model.Metadata;
import nl.stemwerk.knowledge.model.Newsletter;
import nl.stemwerk.knowledge.model.Topic;

/**
 * One content item as the editor's form holds it. {@link #fileText} writes it in the kennisbank format (see the
 * library's CONTENT.md), which the library then checks together with all other content; {@link #fieldProblems}
 * puts the library's problems, which name a line, next to the form field on that line.
 *
 * @param topic     a {@link Topic} constant's name
 * @param elections {@link ElectionType} names
 * @param law       citations separated by {@code ;}
 * @param appliesTo articles: the election the version is written for, e.g. {@code GR2026}
 * @param topics    newsletters: {@link Topic} names
 */
public record ItemDraft(ContentType type, String id, String title, String summary, String topic,
                        List<String> elections, String law, String appliesTo, String changeNote, String number,
                        String date, List<String> topics, String anchorHint, String body) {

    private static final String FENCE = "---";
    private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    public ItemDraft {
        id = clean(id);
        title = clean(title);
        summary = clean(summary);
        topic = clean(topic);
        elections = elections == null ? List.of() : List.copyOf(elections);
        law = clean(law);
        appliesTo = clean(appliesTo);
        changeNote = clean(changeNote);
        number = clean(number);
        date = clean(date);
        topics = topics == null ? List.of() : List.copyOf(topics);
        anchorHint = clean(anchorHint);
        body = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** An empty form for a new item of this type. */
    public static ItemDraft blank(ContentType type) {
        return new ItemDraft(type, "", "", "", "", List.of(ElectionType.GR.name()), "", "", "", "", "", List.of(), "",
                "");
    }

    /** The form filled in from an existing item. */
    public static ItemDraft of(ContentItem item) {
        Metadata m = item.metadata();
        String law = String.join(" ; ", m.law());
        List<String> elections = m.elections().stream().map(Enum::name).toList();
        return switch (item) {
            case ArticleVersion v -> new ItemDraft(m.type(), m.id(), m.title(), m.summary(), m.topic().name(),
                    elections, law, v.appliesTo().code(), v.changeNote(), "", "", List.of(), "", v.body());
            case Faq f -> new ItemDraft(m.type(), m.id(), m.title(), m.summary(), m.topic().name(), elections, law,
                    "", "", "", "", List.of(), "", f.body());
            case Newsletter n -> new ItemDraft(m.type(), m.id(), m.title(), m.summary(), m.topic().name(), elections,
                    law, "", "", n.number(), n.date().toString(), n.topics().stream().map(Enum::name).toList(), "",
                    n.body());
            case Checklist c -> new ItemDraft(m.type(), m.id(), m.title(), m.summary(), m.topic().name(), elections,
                    law, "", "", "", "", List.of(), c.anchorHint(), c.body());
        };
    }

    /** The same article, as a new version for another election; the change note is for the editor to write. */
    public ItemDraft asVersionFor(String edition) {
        return new ItemDraft(type, id, title, summary, topic, elections, law, edition, "", number, date, topics,
                anchorHint, body);
    }

    /**
     * Where the item lives below the content root.
     *
     * @throws InvalidInput when the id or the election is not usable in a file name
     */
    public String path() {
        if (!id.matches(SLUG)) {
            throw InvalidInput.of("id", "Het id mag alleen kleine letters, cijfers en losse streepjes bevatten,"
                    + " bijvoorbeeld 'stempas-kwijt'.");
        }
        if (type == ContentType.ARTICLE) {
            if (!appliesTo.matches("[A-Z]{2}[0-9]{4}")) {
                throw InvalidInput.of("appliesTo", "Vul de verkiezing van deze versie in, bijvoorbeeld GR2026.");
            }
            return type.folder() + "/" + id + "/" + appliesTo + ".md";
        }
        return type.folder() + "/" + id + ".md";
    }

    /** The file in the kennisbank format; {@code today} is the date of this save ("updated"). */
    public String fileText(LocalDate today) {
        StringBuilder text = new StringBuilder(FENCE).append('\n');
        header(today).forEach((key, value) -> text.append(key).append(':')
                .append(value.isEmpty() ? "" : " " + value).append('\n'));
        text.append(FENCE).append('\n').append(body);
        if (!body.endsWith("\n")) {
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * The problems of this item's file by form field (the key or the body on the problem's line); problems of
     * other files or of the whole file go under {@code form}.
     */
    public Map<String, String> fieldProblems(List<FileProblem> problems, LocalDate today) {
        String path = pathOrEmpty();
        List<String> keys = new ArrayList<>(header(today).keySet());
        int bodyStart = keys.size() + 3;
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (FileProblem problem : problems) {
            if (!problem.file().equals(path) || problem.line() <= 1) {
                other.add(problem.describe());
            } else if (problem.line() >= bodyStart) {
                byField.merge("body", "Regel " + (problem.line() - bodyStart + 1) + " van de tekst: "
                        + problem.message(), (a, b) -> a + " " + b);
            } else if (problem.line() - 2 < keys.size()) {
                byField.merge(field(keys.get(problem.line() - 2)), problem.message(), (a, b) -> a + " " + b);
            } else {
                other.add(problem.describe());
            }
        }
        if (!other.isEmpty()) {
            byField.put("form", String.join(" ", other));
        }
        return byField;
    }

    private String pathOrEmpty() {
        try {
            return path();
        } catch (InvalidInput e) {
            return "";
        }
    }

    private Map<String, String> header(LocalDate today) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("id", id);
        keys.put("type", type.key());
        keys.put("title", title);
        keys.put("summary", summary);
        keys.put("topic", topicLabel(topic));
        keys.put("elections", String.join(" ; ", elections));
        keys.put("law", list(law));
        switch (type) {
            case ARTICLE -> {
                keys.put("applies_to", appliesTo);
                keys.put("updated", today.toString());
                keys.put("change_note", changeNote);
            }
            case FAQ -> keys.put("updated", today.toString());
            case NEWSLETTER -> {
                keys.put("number", number);
                keys.put("date", date);
                keys.put("topics", String.join(" ; ", topics.stream().map(ItemDraft::topicLabel).toList()));
            }
            case CHECKLIST -> {
                if (!anchorHint.isEmpty()) {
                    keys.put("anchor_hint", anchorHint);
                }
            }
        }
        return keys;
    }

    private static String field(String key) {
        return switch (key) {
            case "applies_to" -> "appliesTo";
            case "change_note" -> "changeNote";
            case "anchor_hint" -> "anchorHint";
            case "type", "updated" -> "form";
            default -> key;
        };
    }

    /** The tile's label for a constant name; anything else as typed, for the library to report. */
    private static String topicLabel(String name) {
        return Optional.ofNullable(name).flatMap(n -> Arrays.stream(Topic.values())
                .filter(t -> t.name().equals(n)).findFirst()).map(Topic::label).orElse(name);
    }

    /** Citations as the format writes them: separated by " ; ", without empty ones. */
    private static String list(String text) {
        return String.join(" ; ", Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** A front-matter value is one line: line breaks become spaces. */
    private static String clean(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
    }
}
