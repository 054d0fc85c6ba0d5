package nl.stemwerk.kieswet.entry;

import java.util.Objects;

/**
 * B1-2 "Verschillen met telresultaten van het stembureau" (central counting only).
 *
 * @param differenceExplained "Is in de telresultaten van het stembureau het verschil tussen het totaal aantal getelde
 *                            stemmen en het aantal toegelaten kiezers volledig verklaard?"
 * @param differencePerList   "Is er een verschil tussen het totaal aantal getelde stembiljetten per lijst zoals eerder
 *                            vastgesteld door het stembureau en zoals door u geteld op het gemeentelijk stembureau?"
 */
public record CountingDifferencesSection(YesNo differenceExplained, YesNo differencePerList) {
    public static final CountingDifferencesSection EMPTY = new CountingDifferencesSection(YesNo.EMPTY, YesNo.EMPTY);

    public CountingDifferencesSection {
        Objects.requireNonNull(differenceExplained, "differenceExplained");
        Objects.requireNonNull(differencePerList, "differencePerList");
    }

    void addTo(Fields fields) {
        fields.put(Fields.COUNTING_DIFFERENCE_EXPLAINED, differenceExplained);
        fields.put(Fields.COUNTING_DIFFERENCE_PER_LIST, differencePerList);
    }
}
