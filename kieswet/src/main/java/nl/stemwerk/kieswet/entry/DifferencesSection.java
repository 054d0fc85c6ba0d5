package nl.stemwerk.kieswet.entry;

import java.util.Objects;

/**
 * "Verschil tussen het aantal toegelaten kiezers en het aantal getelde stembiljetten", as the municipal electoral
 * committee enters it: the three "Vergelijk D en H" boxes, I, J and whether the difference is fully explained.
 *
 * @param equalTicked         "D en H zijn gelijk"
 * @param moreTicked          "H is groter dan D (meer getelde stembiljetten dan toegelaten kiezers)"
 * @param fewerTicked         "H is kleiner dan D (minder getelde stembiljetten dan toegelaten kiezers)"
 * @param moreBallots         I: "Aantal méér getelde stembiljetten (bereken: H min D)"
 * @param fewerBallots        J: "Aantal minder getelde stembiljetten (bereken: D min H)"
 * @param differenceExplained "Zijn er tijdens de stemming dingen opgeschreven die het verschil tussen D en H volledig
 *                            verklaren?"
 */
public record DifferencesSection(boolean equalTicked, boolean moreTicked, boolean fewerTicked, Count moreBallots,
                                 Count fewerBallots, YesNo differenceExplained) {
    public static final DifferencesSection EMPTY =
            new DifferencesSection(false, false, false, Count.EMPTY, Count.EMPTY, YesNo.EMPTY);

    public DifferencesSection {
        Objects.requireNonNull(moreBallots, "moreBallots");
        Objects.requireNonNull(fewerBallots, "fewerBallots");
        Objects.requireNonNull(differenceExplained, "differenceExplained");
    }

    void addTo(Fields fields) {
        fields.put(Fields.D_EQUALS_H, equalTicked);
        fields.put(Fields.H_MORE_THAN_D, moreTicked);
        fields.put(Fields.H_LESS_THAN_D, fewerTicked);
        fields.put(Fields.I, moreBallots);
        fields.put(Fields.J, fewerBallots);
        fields.put(Fields.DIFFERENCE_EXPLAINED, differenceExplained);
    }
}
