package nl.stemwerk.app.turnout.figures;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.turnout.coverage.CoverageInput;
import nl.stemwerk.turnout.coverage.Grouping;
import nl.stemwerk.turnout.geo.Area;

/**
 * The figures per area at one level, or why there are none.
 *
 * @param level    the level
 * @param count    the election whose voters are attached to the areas, when any
 * @param grouping the library's figures per area; empty when the level cannot be computed at all
 * @param whyNot   why there is no grouping (no count for PC4, no boundaries for wijk or buurt)
 * @param input    what the coverage was computed from (wijk and buurt only), for the what-if
 * @param shapes   the areas with their shapes, for the map
 * @param notes    what the app adds: e.g. that the station list and the count are of different elections
 */
public record AreaFiguresResult(AreaLevelChoice level, Optional<StoredCount> count, Optional<Grouping> grouping,
                                Optional<String> whyNot, Optional<CoverageInput> input, List<Area> shapes,
                                List<String> notes) {
    public AreaFiguresResult {
        shapes = List.copyOf(shapes);
        notes = List.copyOf(notes);
    }

    static AreaFiguresResult none(AreaLevelChoice level, Optional<StoredCount> count, String why) {
        return new AreaFiguresResult(level, count, Optional.empty(), Optional.of(why), Optional.empty(), List.of(),
                List.of());
    }
}
