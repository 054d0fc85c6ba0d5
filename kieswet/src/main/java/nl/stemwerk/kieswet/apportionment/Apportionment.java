package nl.stemwerk.kieswet.apportionment;

import nl.stemwerk.kieswet.apportionment.internal.Apportioner;

/**
 * Seat allocation and election of candidates by the central electoral committee, Kieswet chapter P paragraphs 2
 * and 3 (articles P 5–P 10 and P 15–P 19a). Exact arithmetic, no randomness: a tie that needs a drawing of lots
 * returns {@link ApportionmentOutcome.DrawingOfLotsRequired}; call again with the lot added.
 *
 * <pre>{@code
 * ApportionmentInput input = new ApportionmentInput(17, lists);
 * ApportionmentOutcome outcome = Apportionment.apportion(input);
 * while (outcome instanceof ApportionmentOutcome.DrawingOfLotsRequired required) {
 *     int chosen = holdPublicDrawing(required.drawing());
 *     input = input.withLot(required.drawing().decide(chosen));
 *     outcome = Apportionment.apportion(input);
 * }
 * }</pre>
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP">Kieswet hoofdstuk P</a>
 */
public final class Apportionment {
    private Apportionment() {
    }

    /**
     * Allocates the seats and names the elected candidates.
     *
     * @throws ApportionmentInputException when a lot does not belong to the tie it is used for, or is not used
     */
    public static ApportionmentOutcome apportion(ApportionmentInput input) {
        return Apportioner.run(input);
    }
}
