package nl.stemwerk.kieswet.entry;

import java.util.Objects;

/**
 * Admitted voters, fields A–D.
 *
 * @param pollCards         A: "Aantal geldige stempassen"
 * @param proxyCertificates B: "Aantal geldige volmachtbewijzen"
 * @param voterCards        C: "Aantal geldige kiezerspassen"; empty in a municipal election, which has none
 * @param totalAdmitted     D: "Totaal aantal toegelaten kiezers"
 */
public record VotersSection(Count pollCards, Count proxyCertificates, Count voterCards, Count totalAdmitted) {
    public static final VotersSection EMPTY = new VotersSection(Count.EMPTY, Count.EMPTY, Count.EMPTY, Count.EMPTY);

    public VotersSection {
        Objects.requireNonNull(pollCards, "pollCards");
        Objects.requireNonNull(proxyCertificates, "proxyCertificates");
        Objects.requireNonNull(voterCards, "voterCards");
        Objects.requireNonNull(totalAdmitted, "totalAdmitted");
    }

    void addTo(Fields fields) {
        fields.put(Fields.A, pollCards);
        fields.put(Fields.B, proxyCertificates);
        fields.put(Fields.C, voterCards);
        fields.put(Fields.D, totalAdmitted);
    }
}
