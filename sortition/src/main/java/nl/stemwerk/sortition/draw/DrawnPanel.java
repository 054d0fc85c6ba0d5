package nl.stemwerk.sortition.draw;

import java.util.List;

/**
 * The outcome of a draw, with everything needed to check it.
 *
 * @param resultHash  the hash of the lottery drawn from
 * @param seed        the public seed
 * @param ticket      the ticket drawn, 1 to {@link nl.stemwerk.sortition.selection.Lottery#TICKETS}
 * @param panelNumber the number of the composition that holds this ticket
 * @param memberIds   the members of the panel, sorted by id
 * @param log         the steps in plain Dutch, for the minutes ("proces-verbaal") and the projector
 */
public record DrawnPanel(String resultHash, PublicSeed seed, long ticket, int panelNumber, List<String> memberIds,
                         List<String> log) {
    public DrawnPanel {
        memberIds = List.copyOf(memberIds);
        log = List.copyOf(log);
    }
}
