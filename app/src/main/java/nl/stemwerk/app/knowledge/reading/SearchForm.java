package nl.stemwerk.app.knowledge.reading;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.stemwerk.knowledge.model.ElectionType;
import nl.stemwerk.knowledge.model.Topic;
import nl.stemwerk.knowledge.search.DocumentKind;
import nl.stemwerk.knowledge.search.SearchRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page was asked: the words, the chosen filters and the page. Unknown filter values are left out
 * rather than refused, so no link or typed address gives an error.
 *
 * @param page 1 for the first page
 */
public record SearchForm(String query, Set<Topic> topics, Set<ElectionType> elections, Set<DocumentKind> kinds, int page) {
    static final String PATH = "/kennisbank/zoeken";
    static final int PAGE_SIZE = 10;
    private static final int MAX_PAGE = 100;

    public SearchForm {
        query = query == null ? "" : query;
        topics = topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
        elections = elections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(elections));
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        page = Math.clamp(page, 1, MAX_PAGE);
    }

    static SearchForm of(String query, List<String> topics, List<String> elections, List<String> kinds, int page) {
        return new SearchForm(query, known(topics, Topic.values()), known(elections, ElectionType.values()),
                known(kinds, DocumentKind.values()), page);
    }

    SearchRequest request() {
        return new SearchRequest(query, topics, elections, kinds, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public boolean filtered() {
        return !topics.isEmpty() || !elections.isEmpty() || !kinds.isEmpty();
    }

    SearchForm toggle(Topic topic) {
        return new SearchForm(query, toggled(topics, topic), elections, kinds, 1);
    }

    SearchForm toggle(ElectionType election) {
        return new SearchForm(query, topics, toggled(elections, election), kinds, 1);
    }

    SearchForm toggle(DocumentKind kind) {
        return new SearchForm(query, topics, elections, toggled(kinds, kind), 1);
    }

    SearchForm withQuery(String newQuery) {
        return new SearchForm(newQuery, topics, elections, kinds, 1);
    }

    SearchForm atPage(int newPage) {
        return new SearchForm(query, topics, elections, kinds, newPage);
    }

    SearchForm withoutFilters() {
        return new SearchForm(query, Set.of(), Set.of(), Set.of(), 1);
    }

    /** The address of this search, with the filters in their fixed order. */
    String href() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        if (!query.isBlank()) {
            uri.queryParam("q", query);
        }
        sorted(topics).forEach(t -> uri.queryParam("onderwerp", t.name()));
        sorted(elections).forEach(e -> uri.queryParam("verkiezing", e.name()));
        sorted(kinds).forEach(k -> uri.queryParam("soort", k.name()));
        if (page > 1) {
            uri.queryParam("pagina", page);
        }
        return uri.encode().build().toUriString();
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        return values.stream().sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> toggled(Set<E> values, E value) {
        return values.contains(value)
                ? values.stream().filter(v -> v != value).collect(Collectors.toSet())
                : Stream.concat(values.stream(), Stream.of(value))
                        .collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> known(List<String> names, E[] values) {
        if (names == null) {
            return Set.of();
        }
        Function<String, E> byName = name -> Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst()
                .orElse(null);
        return names.stream().map(byName).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
