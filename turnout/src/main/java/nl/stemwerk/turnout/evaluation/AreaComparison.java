package nl.stemwerk.turnout.evaluation;

import java.util.Objects;
import nl.stemwerk.turnout.figures.Figure;

/**
 * One area compared between two elections.
 *
 * @param code       area code
 * @param name       area name (of the later election)
 * @param measure    the share compared
 * @param comparison the comparison, or why there is none
 */
public record AreaComparison(String code, String name, Measure measure, Figure<ProportionComparison> comparison) {
    public AreaComparison {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(comparison, "comparison");
    }
}
