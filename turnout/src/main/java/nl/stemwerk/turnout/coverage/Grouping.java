package nl.stemwerk.turnout.coverage;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.figures.Reason;
import nl.stemwerk.turnout.geo.AreaLevel;

/**
 * Figures per area of one municipality, with the municipality's own figures to compare with.
 *
 * @param municipalityCode "GM" + 4 digits
 * @param level            PC4, wijk or buurt
 * @param areas            one per area, sorted by code
 * @param municipality     the municipality measured the same way
 * @param notes            what could not be placed in any area, and why
 */
public record Grouping(String municipalityCode, AreaLevel level, List<AreaFigures> areas, Baseline municipality,
                       List<Reason> notes) {
    public Grouping {
        areas = List.copyOf(areas);
        notes = List.copyOf(notes);
    }

    public Optional<AreaFigures> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
