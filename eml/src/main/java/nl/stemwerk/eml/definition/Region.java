package nl.stemwerk.eml.definition;

import java.util.List;
import java.util.Objects;

/**
 * One region of the election tree ({@code kr:ElectionTree/kr:Region}) of a 110a: a municipality, an electoral
 * district or a province, with the committees that work for it.
 *
 * @param number            {@code RegionNumber}, e.g. "37" for Stadskanaal; empty when absent
 * @param category          {@code RegionCategory}, e.g. "GEMEENTE" or "KIESKRING"
 * @param name              {@code kr:RegionName}
 * @param superiorNumber    {@code SuperiorRegionNumber}; empty when absent
 * @param superiorCategory  {@code SuperiorRegionCategory}; empty when absent
 * @param committees        the {@code CommitteeCategory} of each committee, e.g. "CSB", "HSB"
 */
public record Region(String number, String category, String name, String superiorNumber, String superiorCategory,
                     List<String> committees) {
    public Region {
        number = number == null ? "" : number;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
        superiorNumber = superiorNumber == null ? "" : superiorNumber;
        superiorCategory = superiorCategory == null ? "" : superiorCategory;
        committees = List.copyOf(committees);
    }
}
