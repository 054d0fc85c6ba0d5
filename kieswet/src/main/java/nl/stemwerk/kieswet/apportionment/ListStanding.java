package nl.stemwerk.kieswet.apportionment;

/**
 * The seats of one list at a moment of the allocation.
 *
 * @param listNumber    list number
 * @param votes         the list's vote total ("stemcijfer")
 * @param fullSeats     seats for each whole quota ("volle zetels")
 * @param residualSeats seats given afterwards ("restzetels"), including a seat moved by art. P 9
 */
public record ListStanding(int listNumber, long votes, int fullSeats, int residualSeats) {
    public int totalSeats() {
        return fullSeats + residualSeats;
    }
}
