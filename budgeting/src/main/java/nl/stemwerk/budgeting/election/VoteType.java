package nl.stemwerk.budgeting.election;

import java.util.Locale;
import java.util.Optional;

/** How residents fill in their ballot, as the {@code vote_type} of a .pb file names it. */
public enum VoteType {
    /** Residents tick the projects they support ("goedkeuren"). */
    APPROVAL("approval"),
    /** Residents put projects in order, best first ("rangschikken"). */
    ORDINAL("ordinal"),
    /** Residents spread a number of points over projects ("punten verdelen"). */
    CUMULATIVE("cumulative"),
    /** Residents give each project a score ("cijfer geven"). */
    SCORING("scoring");

    private final String pbName;

    VoteType(String pbName) {
        this.pbName = pbName;
    }

    /** The value in a .pb file's META. */
    public String pbName() {
        return pbName;
    }

    /** True when a ballot carries points next to its projects. */
    public boolean hasPoints() {
        return this == CUMULATIVE || this == SCORING;
    }

    /** Reads a .pb {@code vote_type}; {@code choose-1} is approval with one project per ballot. */
    public static Optional<VoteType> fromPbName(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        if (name.equals("choose-1")) {
            return Optional.of(APPROVAL);
        }
        for (VoteType type : values()) {
            if (type.pbName.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
