package nl.stemwerk.kieswet.apportionment;

import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LOT_CHOICE_NOT_AN_OPTION;

import java.util.Objects;

/**
 * The result of a public drawing of lots: the draw as the library asked for it, and the option the lot chose.
 *
 * @param drawing the draw, exactly as returned in {@link ApportionmentOutcome.DrawingOfLotsRequired}
 * @param chosen  the list (or candidate) number the lot chose; must be one of {@link DrawingOfLots#options()}
 */
public record LotDrawn(DrawingOfLots drawing, int chosen) {
    public LotDrawn {
        Objects.requireNonNull(drawing, "drawing");
        if (!drawing.options().contains(chosen)) {
            throw new ApportionmentInputException(LOT_CHOICE_NOT_AN_OPTION, "loting",
                    "Het lot koos " + chosen + ", maar alleen " + Texts.joinNumbers(drawing.options())
                            + " deden mee aan deze loting.");
        }
    }
}
