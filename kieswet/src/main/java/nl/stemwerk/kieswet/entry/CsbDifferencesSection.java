package nl.stemwerk.kieswet.entry;

import java.util.Objects;

/**
 * "Verschillen tussen aantal kiezers en uitgebrachte stemmen" on model Na 31-2, as the central electoral committee
 * enters it: the municipality's totals of I and J.
 *
 * @param moreBallots  I: "Totaal aantal méér getelde stemmen"
 * @param fewerBallots J: "Totaal aantal minder getelde stemmen"
 */
public record CsbDifferencesSection(Count moreBallots, Count fewerBallots) {
    public static final CsbDifferencesSection EMPTY = new CsbDifferencesSection(Count.EMPTY, Count.EMPTY);

    public CsbDifferencesSection {
        Objects.requireNonNull(moreBallots, "moreBallots");
        Objects.requireNonNull(fewerBallots, "fewerBallots");
    }

    void addTo(Fields fields) {
        fields.put(Fields.I, moreBallots);
        fields.put(Fields.J, fewerBallots);
    }
}
