package nl.stemwerk.kieswet.results;

/**
 * Admitted voters, fields A–D of the proces-verbaal.
 *
 * @param pollCardCount            A: valid poll cards ("Aantal geldige stempassen")
 * @param proxyCertificateCount    B: valid proxy certificates ("Aantal geldige volmachtbewijzen")
 * @param voterCardCount           C: valid voter cards ("Aantal geldige kiezerspassen"); 0 in a municipal election
 * @param totalAdmittedVotersCount D: total admitted voters ("Totaal aantal toegelaten kiezers")
 */
public record VotersCounts(long pollCardCount, long proxyCertificateCount, long voterCardCount,
                           long totalAdmittedVotersCount) {
    public VotersCounts {
        Counts.requireNonNegative("A", pollCardCount);
        Counts.requireNonNegative("B", proxyCertificateCount);
        Counts.requireNonNegative("C", voterCardCount);
        Counts.requireNonNegative("D", totalAdmittedVotersCount);
    }
}
