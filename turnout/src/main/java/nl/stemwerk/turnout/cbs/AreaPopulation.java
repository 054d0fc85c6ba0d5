package nl.stemwerk.turnout.cbs;

import java.util.Objects;

/**
 * The population of one area.
 *
 * @param areaCode CBS code ("BU01530000", "WK015300", "GM0153") or PC4
 * @param name     area name as the source writes it
 * @param count    persons
 * @param basis    eligible voters or inhabitants
 * @param source   where it came from, for captions ("CBS kerncijfers wijken en buurten 2009")
 */
public record AreaPopulation(String areaCode, String name, long count, PopulationBasis basis, String source) {
    public AreaPopulation {
        Objects.requireNonNull(areaCode, "areaCode");
        name = name == null ? "" : name;
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
    }
}
