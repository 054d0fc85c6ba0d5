package nl.stemwerk.eml.count;

import java.util.Objects;

/** One {@code kr:Investigation} of a reporting unit: whether the GSB investigated or corrected it, and why. */
public record Investigation(InvestigationReason reason, boolean value) {
    public Investigation {
        Objects.requireNonNull(reason, "reason");
    }
}
