package nl.stemwerk.sortition.draw;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.stemwerk.sortition.ProblemCode;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.internal.CanonicalText;
import nl.stemwerk.sortition.internal.Composition;
import nl.stemwerk.sortition.internal.Fields;
import nl.stemwerk.sortition.internal.Groups;
import nl.stemwerk.sortition.internal.LotteryAssembler;
import nl.stemwerk.sortition.pool.Pool;
import nl.stemwerk.sortition.pool.Volunteer;
import nl.stemwerk.sortition.quota.Quota;
import nl.stemwerk.sortition.quota.Quotas;
import nl.stemwerk.sortition.selection.Algorithm;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.VolunteerGroup;

/**
 * The published lottery: a UTF-8 text with tab-separated lines that anyone can read, check and draw from again.
 * It holds the problem (pseudonymous ids, values, quotas, panel size, household numbers but no addresses), the
 * panel compositions with their tickets, and the result hash over all of it. {@link #read(Reader)} accepts a file
 * only when the hash, the groups, the quotas of every panel and the ticket total all check out; the replay is then
 * {@code Draw.draw(LotteryFile.read(file), seed)}.
 */
public final class LotteryFile {
    private LotteryFile() {
    }

    public static String write(Lottery lottery) {
        Groups groups = Groups.of(lottery.problem());
        return CanonicalText.problem(groups)
                + CanonicalText.lottery(lottery.algorithm(), lottery.solver(), lottery.groups(), lottery.panels(),
                Lottery.TICKETS)
                + Fields.join(List.of("result-hash", lottery.resultHash())) + "\n";
    }

    public static Lottery read(Reader reader) {
        List<String> lines = Fields.lines(reader);
        if (lines.isEmpty() || !lines.getFirst().equals(CanonicalText.HEADER)) {
            throw invalid("de eerste regel is niet '" + CanonicalText.HEADER.replace('\t', ' ') + "'");
        }
        Parsed parsed = new Parsed();
        for (int number = 2; number <= lines.size(); number++) {
            try {
                parsed.line(Fields.split(lines.get(number - 1)));
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw invalid("regel " + number + " is onvolledig of heeft een ongeldige waarde");
            }
        }
        return parsed.lottery();
    }

    /** The fields gathered while reading, then checked together. */
    private static final class Parsed {
        private int panelSize = -1;
        private boolean perHousehold;
        private List<String> categories = List.of();
        private final List<Quota> quotas = new ArrayList<>();
        private final List<Volunteer> volunteers = new ArrayList<>();
        private final Set<String> kept = new TreeSet<>();
        private Algorithm algorithm;
        private String solver = "";
        private long tickets = -1;
        private final List<List<String>> groupLines = new ArrayList<>();
        private final List<List<String>> panelLines = new ArrayList<>();
        private String statedHash;

        void line(List<String> fields) {
            switch (fields.getFirst()) {
                case "panel-size" -> panelSize = Integer.parseInt(fields.get(1));
                case "one-member-per-household" -> perHousehold = Boolean.parseBoolean(fields.get(1));
                case "categories" -> categories = List.copyOf(fields.subList(1, fields.size()));
                case "quota" -> quotas.add(new Quota(fields.get(1), fields.get(2), Integer.parseInt(fields.get(3)),
                        Integer.parseInt(fields.get(4))));
                case "volunteer" -> volunteer(fields);
                case "algorithm" -> algorithm = Algorithm.valueOf(fields.get(1));
                case "solver" -> solver = fields.get(1);
                case "tickets" -> tickets = Long.parseLong(fields.get(1));
                case "group" -> groupLines.add(fields);
                case "panel" -> panelLines.add(fields);
                case "result-hash" -> statedHash = fields.get(1);
                case "" -> {
                }
                default -> throw invalid("onbekende regel '" + fields.getFirst() + "'");
            }
        }

        private void volunteer(List<String> fields) {
            Map<String, String> features = new LinkedHashMap<>();
            for (int c = 0; c < categories.size(); c++) {
                features.put(categories.get(c), fields.get(4 + c));
            }
            String household = fields.get(2).equals("-") ? "" : "huishouden " + fields.get(2);
            volunteers.add(new Volunteer(fields.get(1), features, household));
            if (fields.get(3).equals("kept")) {
                kept.add(fields.get(1));
            }
        }

        Lottery lottery() {
            if (panelSize < 0 || algorithm == null || statedHash == null || tickets != Lottery.TICKETS) {
                throw invalid("de regels panel-size, algorithm, tickets (" + Lottery.TICKETS + ") en result-hash "
                        + "moeten er allemaal in staan");
            }
            SelectionProblem problem = new SelectionProblem(new Pool(volunteers), new Quotas(quotas), panelSize,
                    kept, perHousehold);
            Groups groups = Groups.of(problem);
            List<VolunteerGroup> expected = LotteryAssembler.publicGroups(groups);
            if (groupLines.size() != expected.size()) {
                throw invalid("de groepen passen niet bij de aanmelders");
            }
            for (int g = 0; g < expected.size(); g++) {
                List<String> line = groupLines.get(g);
                if (!line.subList(3, line.size()).equals(expected.get(g).memberIds())
                        || !line.get(1).equals(Integer.toString(g + 1))) {
                    throw invalid("groep " + (g + 1) + " past niet bij de aanmelders");
                }
            }
            List<Composition> panels = new ArrayList<>();
            long[] counts = new long[panelLines.size()];
            long total = 0;
            for (int p = 0; p < panelLines.size(); p++) {
                List<String> line = panelLines.get(p);
                counts[p] = Long.parseLong(line.get(2));
                total += counts[p];
                int[] dense = new int[groups.size()];
                for (int j = 3; j + 1 < line.size(); j += 2) {
                    dense[Integer.parseInt(line.get(j)) - 1] = Integer.parseInt(line.get(j + 1));
                }
                Composition panel = Composition.fromDense(dense);
                if (!groups.admits(panel) || counts[p] <= 0) {
                    throw invalid("samenstelling " + line.get(1) + " voldoet niet aan de quota of heeft geen loten");
                }
                panels.add(panel);
            }
            if (total != Lottery.TICKETS) {
                throw invalid("de loten tellen op tot " + total + " in plaats van " + Lottery.TICKETS);
            }
            Lottery lottery = LotteryAssembler.fromTickets(groups, algorithm, solver, panels, counts);
            if (!lottery.resultHash().equals(statedHash)) {
                throw invalid("de controlecode (result-hash) klopt niet: het bestand is gewijzigd");
            }
            return lottery;
        }
    }

    private static SortitionException invalid(String reason) {
        return new SortitionException(ProblemCode.LOTTERY_FILE_INVALID,
                "Het loting-bestand is niet geldig: " + reason + ".");
    }
}
