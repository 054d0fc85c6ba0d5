package nl.stemwerk.kieswet.election;

import java.util.Objects;

/**
 * The area an election is held in. For a municipal election this is the municipality,
 * identified by its CBS code without the "GM" prefix (West Maas en Waal: {@code 0668}).
 */
public record ElectionDomain(String code, String name) {
    public ElectionDomain {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
