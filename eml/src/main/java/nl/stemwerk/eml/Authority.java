package nl.stemwerk.eml;

import java.util.Objects;

/**
 * The body that made a file ({@code ManagingAuthority/AuthorityIdentifier}): a municipality by its CBS code
 * ("0668", West Maas en Waal), or a committee ("CSB").
 */
public record Authority(String id, String name) {
    public Authority {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }
}
