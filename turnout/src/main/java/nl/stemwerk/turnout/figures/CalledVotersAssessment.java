package nl.stemwerk.turnout.figures;

import java.util.List;

/**
 * Whether the called voters per station ("opgeroepen") of a count file describe real polling districts.
 *
 * @param usablePerStation true when the figures are per district, so that a per-station ratio can be shown
 *                         (with {@link #caveat()}) for stations without a finding of their own
 * @param findings         what is wrong, in file order of importance
 */
public record CalledVotersAssessment(boolean usablePerStation, List<CalledVotersFinding> findings) {
    public CalledVotersAssessment {
        findings = List.copyOf(findings);
    }

    /** True when a finding names this station. */
    public boolean flags(int stationNumber) {
        return findings.stream().anyMatch(f -> f.stations().contains(stationNumber));
    }

    public boolean has(CalledVotersIssue issue) {
        return findings.stream().anyMatch(f -> f.issue() == issue);
    }

    /**
     * The caveat that always applies: with a poll card a voter may vote at any station of the municipality.
     *
     * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&hoofdstuk=J&artikel=J5&z=2026-01-01&g=2026-01-01">
     *      Kieswet art. J 5</a>
     */
    public static Reason caveat() {
        return new Reason(ReasonCode.FREE_CHOICE_OF_STATION, "Let op: kiezers mogen met hun stempas in elk "
                + "stembureau van de gemeente stemmen (Kieswet artikel J 5). Wie bij een stembureau stemt, woont "
                + "dus niet altijd in de buurt. Het aantal kiezers per stembureau is daarom niet de opkomst van "
                + "die buurt.");
    }
}
