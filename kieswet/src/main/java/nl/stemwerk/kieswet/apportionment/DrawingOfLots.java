package nl.stemwerk.kieswet.apportionment;

import java.util.List;
import java.util.Objects;

/**
 * A tie that only a public drawing of lots can break (art. P 14: in the session of the central electoral
 * committee). The library never draws; the app records the draw and calls again with {@link #decide(int)} added
 * to the input.
 */
public sealed interface DrawingOfLots {
    /** The list numbers (or, for a candidate tie, the candidate numbers) that take part in the draw. */
    List<Integer> options();

    /** The article that orders the draw. */
    String article();

    /** What is drawn, in plain Dutch. */
    String dutchDescription();

    /** The draw's result, to add to {@link ApportionmentInput#lotsDrawn()}. */
    default LotDrawn decide(int chosen) {
        return new LotDrawn(this, chosen);
    }

    /**
     * Lists with equal remainders or averages compete for fewer residual seats than there are lists; the draw
     * picks the list that gets the next seat (art. P 7 first paragraph, P 8 first paragraph).
     *
     * @param method             how the seat is given
     * @param residualSeatNumber the number of the residual seat drawn for
     * @param seatsAvailable     residual seats still to give, fewer than the tied lists
     * @param value              the equal remainder or average
     * @param tiedLists          the lists with that value
     */
    record ResidualSeatTie(ResidualSeatMethod method, int residualSeatNumber, int seatsAvailable, Fraction value,
                           List<Integer> tiedLists) implements DrawingOfLots {
        public ResidualSeatTie {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(value, "value");
            tiedLists = List.copyOf(tiedLists);
        }

        @Override
        public List<Integer> options() {
            return tiedLists;
        }

        @Override
        public String article() {
            return method.article();
        }

        @Override
        public String dutchDescription() {
            String kind = method == ResidualSeatMethod.LARGEST_REMAINDER
                    ? "hetzelfde overschot" : "hetzelfde gemiddelde";
            return "Loting voor restzetel " + residualSeatNumber + ": de lijsten " + Texts.joinNumbers(tiedLists)
                    + " hebben " + kind + " (" + value + "), maar er zijn nog maar " + seatsAvailable
                    + " restzetel(s) te verdelen. Het lot wijst de lijst aan die de volgende zetel krijgt.";
        }
    }

    /**
     * A list with an absolute majority of the votes gets a seat from the list that won the last residual seat
     * (art. P 9); when several lists won a seat with that same smallest value, the draw picks the one that gives
     * its seat up.
     *
     * @param majorityList the list with the absolute majority of the votes
     * @param value        the shared smallest remainder or average
     * @param tiedLists    the lists that won a seat with that value
     */
    record AbsoluteMajorityTie(int majorityList, Fraction value, List<Integer> tiedLists) implements DrawingOfLots {
        public AbsoluteMajorityTie {
            Objects.requireNonNull(value, "value");
            tiedLists = List.copyOf(tiedLists);
        }

        @Override
        public List<Integer> options() {
            return tiedLists;
        }

        @Override
        public String article() {
            return "P 9";
        }

        @Override
        public String dutchDescription() {
            return "Loting volgens artikel P 9: lijst " + majorityList + " krijgt een extra zetel. De lijsten "
                    + Texts.joinNumbers(tiedLists) + " kregen hun laatste restzetel met dezelfde waarde (" + value
                    + "). Het lot wijst de lijst aan die een zetel moet afstaan.";
        }
    }

    /**
     * Candidates of one list above the preference threshold with equal votes compete for fewer seats than there
     * are candidates (art. P 15 first paragraph).
     *
     * @param listNumber     list number
     * @param votes          the equal number of votes
     * @param seatsAvailable seats of the list still open for election by preference votes
     * @param tiedCandidates candidate numbers on the list
     */
    record CandidateTie(int listNumber, long votes, int seatsAvailable, List<Integer> tiedCandidates)
            implements DrawingOfLots {
        public CandidateTie {
            tiedCandidates = List.copyOf(tiedCandidates);
        }

        @Override
        public List<Integer> options() {
            return tiedCandidates;
        }

        @Override
        public String article() {
            return "P 15";
        }

        @Override
        public String dutchDescription() {
            return "Loting op lijst " + listNumber + ": de kandidaten " + Texts.joinNumbers(tiedCandidates)
                    + " hebben elk " + votes + " stemmen, maar er zijn nog maar " + seatsAvailable
                    + " zetel(s) voor gekozenen met voorkeurstemmen. Het lot wijst de kandidaat aan die de volgende"
                    + " zetel krijgt.";
        }
    }
}
