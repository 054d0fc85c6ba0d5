package nl.stemwerk.kieswet.apportionment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "How the seats were allocated", in plain Dutch (B1) with the article for every step, for the report of the
 * central electoral committee (model P 22-2) and for a web page. One line per paragraph; fractions are exact,
 * with a rounded decimal beside them for reading.
 */
public final class AllocationExplanation {
    private final Map<Integer, String> listNames;
    private final int seatsToFill;
    private final List<String> lines = new ArrayList<>();

    private AllocationExplanation(Map<Integer, String> listNames, int seatsToFill) {
        this.listNames = Map.copyOf(listNames);
        this.seatsToFill = seatsToFill;
    }

    /** The explanation of a completed allocation, lists named by number. */
    public static List<String> of(ApportionmentOutcome.Completed completed) {
        return of(completed, Map.of());
    }

    /** The explanation of a completed allocation; {@code listNames} maps list numbers to names. */
    public static List<String> of(ApportionmentOutcome.Completed completed, Map<Integer, String> listNames) {
        AllocationExplanation text = seats(completed.seatAllocation(), listNames);
        text.election(completed.election());
        return text.lines();
    }

    /**
     * The explanation of the seats per list only, without the election of candidates: for when the votes per
     * candidate are not known (only list totals were given).
     */
    public static List<String> of(SeatAllocation allocation, Map<Integer, String> listNames) {
        return seats(allocation, listNames).lines();
    }

    private static AllocationExplanation seats(SeatAllocation allocation, Map<Integer, String> listNames) {
        AllocationExplanation text = new AllocationExplanation(listNames, allocation.seats());
        text.introduction(allocation);
        allocation.steps().forEach(text::step);
        text.finalStandings(allocation);
        return text;
    }

    /** The steps up to a tie, and what the drawing of lots is for. */
    public static List<String> of(ApportionmentOutcome.DrawingOfLotsRequired required,
                                  Map<Integer, String> listNames) {
        AllocationExplanation text = new AllocationExplanation(listNames, required.seats());
        required.stepsSoFar().forEach(text::step);
        text.lines.add(required.drawing().dutchDescription() + " (artikel " + required.drawing().article() + ")");
        return text.lines();
    }

    /** Each line starts with a capital, also when it opens with "lijst". */
    private List<String> lines() {
        return lines.stream().map(AllocationExplanation::capitalised).toList();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void introduction(SeatAllocation allocation) {
        lines.add("Er zijn " + allocation.seats() + " zetels te verdelen. Alle lijsten samen kregen "
                + votes(allocation.totalVotes()) + " stemmen. Blanco en ongeldige stemmen tellen niet mee.");
        if (allocation.totalVotes() > 0) {
            lines.add("De kiesdeler is " + votes(allocation.totalVotes()) + " gedeeld door " + allocation.seats()
                    + " = " + number(allocation.quota()) + " (artikel P 5).");
        }
    }

    private void step(AllocationStep step) {
        switch (step) {
            case AllocationStep.FullSeats full -> fullSeats(full);
            case AllocationStep.ResidualSeat residual -> residualSeat(residual);
            case AllocationStep.AbsoluteMajority majority -> lines.add(list(majority.toList())
                    + " kreeg meer dan de helft van de stemmen, maar niet meer dan de helft van de zetels. Daarom"
                    + " krijgt " + list(majority.toList()) + " de laatste restzetel. " + capitalised(list(majority.fromList()))
                    + " had die restzetel gekregen en moet hem afstaan" + (majority.byLot() ? ", zo wees het lot aan"
                    : "") + " (artikel P 9).");
            case AllocationStep.ExhaustedListSeatRemoved removed -> lines.add(list(removed.listNumber())
                    + " heeft meer zetels dan levende kandidaten. Zij staat een "
                    + (removed.fullSeat() ? "volle zetel" : "restzetel") + " af. Die zetel gaat naar een andere"
                    + " lijst (artikel P 10).");
            case AllocationStep.SeatsUnassigned unassigned -> lines.add(unassigned.seats()
                    + (unassigned.seats() == 1 ? " zetel blijft" : " zetels blijven") + " leeg: "
                    + ("P 5".equals(unassigned.article()) ? "er zijn geen stemmen op lijsten uitgebracht"
                    : "geen lijst met stemmen heeft nog kandidaten over") + " (artikel " + unassigned.article()
                    + ").");
        }
    }

    private void fullSeats(AllocationStep.FullSeats full) {
        lines.add("Elke lijst krijgt een volle zetel voor elke keer dat de kiesdeler in haar stemmen past"
                + " (artikel P 6).");
        int total = 0;
        for (ListStanding standing : full.standings()) {
            Fraction quotient = full.quotients().stream()
                    .filter(q -> q.listNumber() == standing.listNumber()).findFirst().orElseThrow().value();
            lines.add("- " + list(standing.listNumber()) + ": " + votes(standing.votes()) + " stemmen is "
                    + number(quotient) + " keer de kiesdeler: " + seats(standing.fullSeats()) + ".");
            total += standing.fullSeats();
        }
        int left = seatsToFill - total;
        lines.add("Samen " + seats(total) + ". " + (left == 0 ? "Er zijn geen restzetels."
                : "Er " + (left == 1 ? "blijft 1 restzetel" : "blijven " + left + " restzetels") + " over."));
    }

    private void residualSeat(AllocationStep.ResidualSeat residual) {
        String kind = residual.method() == ResidualSeatMethod.LARGEST_REMAINDER ? "overschot" : "gemiddelde";
        StringBuilder line = new StringBuilder("Restzetel ").append(residual.residualSeatNumber())
                .append(" gaat naar ").append(list(residual.listNumber())).append(", met het grootste ").append(kind)
                .append(": ").append(number(residual.value())).append(". Methode: ")
                .append(residual.method().dutchName()).append(" (artikel ").append(residual.article());
        if ("P 10".equals(residual.article())) {
            line.append(", met artikel ").append(residual.method().article());
        }
        line.append(").");
        if (residual.tiedLists().size() > 1) {
            line.append(residual.byLot()
                    ? " Meer lijsten hadden dit " + kind + "; het lot wees deze lijst aan."
                    : " Meer lijsten hadden dit " + kind + "; er zijn genoeg zetels, dus zij krijgen er elk een,"
                    + " in de volgorde van de lijsten.");
        }
        lines.add(line.toString());
        List<String> values = residual.values().stream()
                .map(v -> list(v.listNumber()) + " " + number(v.value())).toList();
        lines.add("  Vergeleken (" + kind + "): " + String.join("; ", values) + ".");
    }

    private void finalStandings(SeatAllocation allocation) {
        List<String> parts = allocation.standings().stream()
                .map(s -> list(s.listNumber()) + ": " + seats(s.totalSeats())).toList();
        lines.add("Uitkomst: " + Texts.join(parts) + ".");
    }

    private void election(CandidateElection election) {
        lines.add("De voorkeurdrempel is " + election.threshold().percentage() + "% van de kiesdeler: "
                + number(election.threshold().votes()) + " stemmen. Een kandidaat met meer stemmen is gekozen met"
                + " voorkeurstemmen, als de lijst genoeg zetels heeft (artikel P 15).");
        for (ListCandidates list : election.lists()) {
            if (list.seats() == 0) {
                continue;
            }
            StringBuilder line = new StringBuilder(list(list.listNumber())).append(" (")
                    .append(seats(list.seats())).append("): ");
            if (!list.electedByPreference().isEmpty()) {
                line.append("gekozen met voorkeurstemmen: kandidaat ")
                        .append(Texts.joinNumbers(list.electedByPreference()))
                        .append(list.lotDrawn() ? " (mede door loting)" : "").append(". ");
            }
            if (!list.electedByListOrder().isEmpty()) {
                line.append("Gekozen in de volgorde van de lijst: kandidaat ")
                        .append(Texts.joinNumbers(list.electedByListOrder())).append(" (artikel P 17).");
            }
            lines.add(line.toString().trim());
        }
        for (ListCandidates list : election.lists()) {
            if (list.rankingChanged()) {
                lines.add("Volgorde van " + list(list.listNumber()) + " voor latere vacatures: kandidaat "
                        + Texts.joinNumbers(list.ranking()) + " (artikel P 19).");
            }
        }
    }

    private String list(int number) {
        String name = listNames.get(number);
        return name == null || name.isBlank() ? "lijst " + number : "lijst " + number + " (" + name + ")";
    }

    private static String seats(int count) {
        return count == 1 ? "1 zetel" : count + " zetels";
    }

    /** Whole votes with a Dutch thousands separator: 9.350. */
    static String votes(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(digits.charAt(i));
        }
        return (count < 0 ? "-" : "") + grouped;
    }

    /** An exact number, with a rounded decimal beside it when it is not whole: "189 2/15 (ongeveer 189,13)". */
    static String number(Fraction value) {
        if (value.isWhole()) {
            return votes(value.numerator());
        }
        return value + " (ongeveer " + value.toDutchDecimal(2) + ")";
    }
}
