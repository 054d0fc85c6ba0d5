package nl.stemwerk.sortition.draw;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.LotteryPanel;
import nl.stemwerk.sortition.selection.VolunteerGroup;

/**
 * Draws one panel from a published lottery with a public seed. The draw uses integers only, so anyone with the
 * published lottery file and the seed gets the same panel:
 * <ol>
 *   <li>ticket t = {@code nextBelow(TICKETS)} + 1 from the {@link TicketStream};</li>
 *   <li>the panel is the first one (in published order) whose running ticket total reaches t;</li>
 *   <li>for each group on that panel, by group number, {@code count} members are picked from the group's sorted
 *       ids by a partial Fisher–Yates shuffle: for i = 0 … count−1, swap position i with position
 *       i + {@code nextBelow(size − i)}, then take the first {@code count}.</li>
 * </ol>
 */
public final class Draw {
    private Draw() {
    }

    public static DrawnPanel draw(Lottery lottery, PublicSeed seed) {
        TicketStream stream = new TicketStream(lottery.resultHash(), seed);
        long ticket = stream.nextBelow(Lottery.TICKETS) + 1;
        List<String> log = new ArrayList<>();
        log.add("Lotnummer " + seed.digits() + " geeft lot " + number(ticket) + " van de "
                + number(Lottery.TICKETS) + ".");
        long end = 0;
        LotteryPanel chosen = null;
        for (LotteryPanel panel : lottery.panels()) {
            long start = end + 1;
            end += panel.tickets();
            if (ticket <= end) {
                chosen = panel;
                log.add("Dat lot hoort bij samenstelling " + panel.number() + " (loten " + number(start) + " tot en met "
                        + number(end) + ").");
                break;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("The tickets of the lottery do not add up to " + Lottery.TICKETS);
        }
        List<String> members = new ArrayList<>();
        for (LotteryPanel.Seats seats : chosen.seats()) {
            VolunteerGroup group = lottery.group(seats.group());
            List<String> picked = pick(group.memberIds(), seats.count(), stream);
            members.addAll(picked);
            if (group.size() > seats.count()) {
                log.add("Uit groep " + group.number() + " (" + group.size() + " aanmelders) "
                        + (seats.count() == 1 ? "wordt 1 lid" : "worden " + seats.count() + " leden")
                        + " gekozen: " + String.join(", ", picked) + ".");
            }
        }
        members.sort(null);
        return new DrawnPanel(lottery.resultHash(), seed, ticket, chosen.number(), members, log);
    }

    private static List<String> pick(List<String> sortedIds, int count, TicketStream stream) {
        List<String> ids = new ArrayList<>(sortedIds);
        for (int i = 0; i < count; i++) {
            int j = i + (int) stream.nextBelow(ids.size() - i);
            String swap = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, swap);
        }
        return List.copyOf(ids.subList(0, count));
    }

    private static String number(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.of("nl", "NL"))).format(value);
    }
}
