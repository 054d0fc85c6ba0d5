package nl.stemwerk.eml;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.kieswet.election.ElectionDomain;

/**
 * Which election a file is about ({@code ElectionIdentifier}), as every EML_NL message states it.
 *
 * @param id             e.g. "GR2022_WestMaasenWaal" or "TK2025"
 * @param name           e.g. "Gemeenteraad West Maas en Waal 2022"; empty when the file leaves it out
 * @param categoryCode   EML category code, e.g. "GR"
 * @param subcategory    e.g. "GR1" (fewer than 19 seats); empty when absent
 * @param domain         the municipality or other area, absent for national elections
 * @param electionDate   election day
 * @param nominationDate day of candidate nomination, when stated
 */
public record ElectionIdentity(String id, String name, String categoryCode, String subcategory,
                               Optional<ElectionDomain> domain, LocalDate electionDate,
                               Optional<LocalDate> nominationDate) {
    public ElectionIdentity {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        Objects.requireNonNull(categoryCode, "categoryCode");
        subcategory = subcategory == null ? "" : subcategory;
        domain = domain == null ? Optional.empty() : domain;
        Objects.requireNonNull(electionDate, "electionDate");
        nominationDate = nominationDate == null ? Optional.empty() : nominationDate;
    }

    /** The category as the kieswet model knows it; empty for categories it does not have (e.g. "NR"). */
    public Optional<ElectionCategory> category() {
        return Arrays.stream(ElectionCategory.values())
                .filter(category -> category.emlCode().equals(categoryCode))
                .findFirst();
    }

    /** The CBS code of the domain ("0668"), or empty when there is no domain. */
    public String domainCode() {
        return domain.map(ElectionDomain::code).orElse("");
    }
}
