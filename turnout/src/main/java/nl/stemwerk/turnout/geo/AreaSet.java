package nl.stemwerk.turnout.geo;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.turnout.problem.ReadNote;

/**
 * Areas read from a boundary file.
 *
 * @param areas the areas, in file order
 * @param notes what the reader noticed and accepted (areas without shape, dropped slivers)
 */
public record AreaSet(List<Area> areas, List<ReadNote> notes) {
    public AreaSet {
        areas = List.copyOf(areas);
        notes = List.copyOf(notes);
    }

    /** The areas of one municipality ("GM0402", "0402" or "G0402"), keeping the notes. */
    public AreaSet inMunicipality(String municipality) {
        String code = AreaCodes.municipality(municipality);
        return new AreaSet(areas.stream().filter(a -> a.municipalityCode().map(code::equals).orElse(false)).toList(),
                notes);
    }

    public List<Area> atLevel(AreaLevel level) {
        return areas.stream().filter(a -> a.level() == level).toList();
    }

    public Optional<Area> byCode(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }
}
