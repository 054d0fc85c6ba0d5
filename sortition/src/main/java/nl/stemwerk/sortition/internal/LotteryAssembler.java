package nl.stemwerk.sortition.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.FairnessFigures;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.LotteryPanel;
import nl.stemwerk.sortition.selection.VolunteerGroup;

/** Builds the public {@link Lottery} from panels and their tickets, with its probabilities and hashes. */
public final class LotteryAssembler {
    private LotteryAssembler() {
    }

    public static Lottery fromSearch(Groups groups, Algorithm algorithm, String solver, SearchResult result) {
        long[] tickets = TicketRounding.round(result.panelWeights(), Lottery.TICKETS);
        return fromTickets(groups, algorithm, solver, result.panels(), tickets);
    }

    /** The lottery whose panel {@code panels[p]} holds {@code tickets[p]} tickets; panels without tickets drop out. */
    public static Lottery fromTickets(Groups groups, Algorithm algorithm, String solver, List<Composition> panels,
                                      long[] tickets) {
        Map<Composition, Long> byPanel = new HashMap<>();
        for (int p = 0; p < panels.size(); p++) {
            if (tickets[p] > 0) {
                byPanel.merge(panels.get(p), tickets[p], Long::sum);
            }
        }
        List<Composition> ordered = byPanel.keySet().stream().sorted(CANONICAL).toList();
        List<LotteryPanel> lotteryPanels = new ArrayList<>();
        long[] seatTickets = new long[groups.size()];
        for (Composition panel : ordered) {
            long count = byPanel.get(panel);
            List<LotteryPanel.Seats> seats = new ArrayList<>();
            for (int j = 0; j < panel.groupCount(); j++) {
                seats.add(new LotteryPanel.Seats(panel.group(j) + 1, panel.count(j)));
                seatTickets[panel.group(j)] += count * panel.count(j);
            }
            lotteryPanels.add(new LotteryPanel(lotteryPanels.size() + 1, count, seats));
        }
        List<VolunteerGroup> publicGroups = publicGroups(groups);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (Group group : groups.all()) {
            double probability = (double) seatTickets[group.index()] / ((double) Lottery.TICKETS * group.size());
            group.memberIds().forEach(id -> probabilities.put(id, probability));
        }
        String problemText = CanonicalText.problem(groups);
        String lotteryText = CanonicalText.lottery(algorithm, solver, publicGroups, lotteryPanels, Lottery.TICKETS);
        return new Lottery(groups.problem(), algorithm, solver, publicGroups, lotteryPanels, probabilities,
                FairnessFigures.of(probabilities.values()), Sha256.hex(problemText),
                Sha256.hex(problemText + lotteryText));
    }

    public static List<VolunteerGroup> publicGroups(Groups groups) {
        Map<String, Volunteer> byId = new HashMap<>();
        groups.problem().pool().volunteers().forEach(volunteer -> byId.put(volunteer.id(), volunteer));
        List<VolunteerGroup> result = new ArrayList<>();
        for (Group group : groups.all()) {
            Volunteer first = byId.get(group.key());
            Map<String, String> features = new LinkedHashMap<>();
            for (int q : group.quotaIndex()) {
                Quota quota = groups.quotas().get(q);
                features.put(quota.category(), first.value(quota.category()));
            }
            result.add(new VolunteerGroup(group.index() + 1, group.memberIds(), features, group.role()));
        }
        return result;
    }

    /** Panels ordered by their (group, count) pairs, compared pair by pair. */
    public static final Comparator<Composition> CANONICAL = (left, right) -> {
        for (int j = 0; j < Math.min(left.groupCount(), right.groupCount()); j++) {
            int byGroup = Integer.compare(left.group(j), right.group(j));
            if (byGroup != 0) {
                return byGroup;
            }
            int byCount = Integer.compare(left.count(j), right.count(j));
            if (byCount != 0) {
                return byCount;
            }
        }
        return Integer.compare(left.groupCount(), right.groupCount());
    };
}
