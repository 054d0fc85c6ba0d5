package nl.stemwerk.kieswet.election;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An election as defined by its EML 110a and 230b: what is elected, where, when, how many seats,
 * and the lists with their candidates.
 *
 * @param identifier          election id, e.g. "GR2022_WestMaasenWaal" or "GR2026"
 * @param name                full name, e.g. "Gemeenteraad West Maas en Waal 2022"
 * @param category            the body elected
 * @param subcategory         EML subcategory, e.g. "GR1" (fewer than 19 seats) or "GR2"
 * @param domain              the municipality (or other area) of the election
 * @param electionDate        election day
 * @param nominationDate      day of candidate nomination, when known
 * @param numberOfSeats       seats to fill (Gemeentewet art. 8 for a council)
 * @param politicalGroups     the lists, in list-number order
 */
public record Election(String identifier, String name, ElectionCategory category, String subcategory,
                       ElectionDomain domain, LocalDate electionDate, LocalDate nominationDate,
                       int numberOfSeats, List<PoliticalGroup> politicalGroups) {
    public Election {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        subcategory = subcategory == null ? "" : subcategory;
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(electionDate, "electionDate");
        if (numberOfSeats < 1 || numberOfSeats > 150) {
            throw new IllegalArgumentException("Aantal zetels moet tussen 1 en 150 liggen, niet " + numberOfSeats);
        }
        politicalGroups = List.copyOf(Objects.requireNonNull(politicalGroups, "politicalGroups"));
    }
}
