package nl.stemwerk.app.election;

import java.time.LocalDate;

/**
 * An election of the home municipality, as listed.
 *
 * @param id             row id
 * @param identifier     the EML election id, e.g. {@code GR2022_WestMaasenWaal}
 * @param name           e.g. "Gemeenteraad West Maas en Waal 2022"
 * @param electionDate   election day
 * @param seats          seats to fill
 * @param countingMethod CSO or DSO
 */
public record ElectionSummary(long id, String identifier, String name, LocalDate electionDate, int seats,
                              CountingMethod countingMethod) {
}
