package nl.stemwerk.kieswet.apportionment.internal;

import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LOT_DOES_NOT_MATCH;
import static nl.stemwerk.kieswet.apportionment.ApportionmentError.LOT_NOT_USED;

import java.util.List;
import nl.stemwerk.kieswet.apportionment.ApportionmentInputException;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.apportionment.LotDrawn;

/**
 * The lots drawn so far, used in the order the rules meet their ties. A lot must be for exactly the tie at hand:
 * a lot recorded for another tie (other lists, other seat, other value) is refused rather than applied.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf2_ArtikelP14">Kieswet art. P 14</a>
 */
public final class Lots {
    private final List<LotDrawn> drawn;
    private int next;

    public Lots(List<LotDrawn> drawn) {
        this.drawn = List.copyOf(drawn);
    }

    /** The option the lot chose for this tie, or {@link LotsRequired} when this tie has not been drawn yet. */
    int chosenFor(DrawingOfLots tie) {
        if (next == drawn.size()) {
            throw new LotsRequired(tie);
        }
        LotDrawn lot = drawn.get(next);
        if (!lot.drawing().equals(tie)) {
            throw new ApportionmentInputException(LOT_DOES_NOT_MATCH, "loting " + (next + 1),
                    "Loting " + (next + 1) + " hoort niet bij deze gelijke stand. Nodig is: "
                            + tie.dutchDescription() + " Opgegeven was: " + lot.drawing().dutchDescription());
        }
        next++;
        return lot.chosen();
    }

    /** Every lot must have been used; a lot left over belongs to a tie that did not occur. */
    void requireAllUsed() {
        if (next < drawn.size()) {
            throw new ApportionmentInputException(LOT_NOT_USED, "loting " + (next + 1),
                    "Loting " + (next + 1) + " is niet gebruikt: deze gelijke stand komt in de berekening niet"
                            + " voor. " + drawn.get(next).drawing().dutchDescription());
        }
    }
}
