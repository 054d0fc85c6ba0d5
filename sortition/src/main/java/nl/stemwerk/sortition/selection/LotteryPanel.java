package nl.stemwerk.sortition.selection;

import java.util.List;

/**
 * One panel composition in the lottery, with its number of tickets out of {@link Lottery#TICKETS}.
 *
 * @param number  1, 2, … in canonical order
 * @param tickets how many of the tickets draw this composition
 * @param seats   how many members each group gets, by group number ascending
 */
public record LotteryPanel(int number, long tickets, List<Seats> seats) {

    /**
     * Seats on the panel for one group.
     *
     * @param group the group's number
     * @param count how many of its members sit on the panel
     */
    public record Seats(int group, int count) {
    }

    public LotteryPanel {
        seats = List.copyOf(seats);
    }

    public double probability() {
        return (double) tickets / Lottery.TICKETS;
    }

    /** How many members of the group with this number the panel takes. */
    public int seatsOf(int group) {
        return seats.stream().filter(seat -> seat.group() == group).mapToInt(Seats::count).findFirst().orElse(0);
    }
}
