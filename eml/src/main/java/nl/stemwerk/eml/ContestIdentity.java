package nl.stemwerk.eml;

import java.util.Objects;

/**
 * A contest ({@code ContestIdentifier}): "geen" for a municipal election, the number of the electoral district
 * ("kieskring") otherwise, e.g. "6" with name "Nijmegen" in TK2025.
 */
public record ContestIdentity(String id, String name) {
    /** The contest of an election without electoral districts. */
    public static final ContestIdentity NONE = new ContestIdentity("geen", "");

    public ContestIdentity {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
    }
}
