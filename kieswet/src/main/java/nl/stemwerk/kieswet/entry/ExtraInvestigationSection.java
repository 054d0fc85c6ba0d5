package nl.stemwerk.kieswet.entry;

import java.util.Objects;

/**
 * B1-1 "Alleen bij extra onderzoek" (central counting only).
 *
 * @param otherReason     "Heeft het gemeentelijk stembureau extra onderzoek gedaan vanwege een andere reden dan een
 *                        onverklaard verschil?"
 * @param ballotsRecounted "Zijn de stembiljetten naar aanleiding van het extra onderzoek (gedeeltelijk) herteld?"
 */
public record ExtraInvestigationSection(YesNo otherReason, YesNo ballotsRecounted) {
    public static final ExtraInvestigationSection EMPTY = new ExtraInvestigationSection(YesNo.EMPTY, YesNo.EMPTY);

    public ExtraInvestigationSection {
        Objects.requireNonNull(otherReason, "otherReason");
        Objects.requireNonNull(ballotsRecounted, "ballotsRecounted");
    }

    void addTo(Fields fields) {
        fields.put(Fields.EXTRA_INVESTIGATION_OTHER_REASON, otherReason);
        fields.put(Fields.EXTRA_INVESTIGATION_BALLOTS_RECOUNTED, ballotsRecounted);
    }
}
