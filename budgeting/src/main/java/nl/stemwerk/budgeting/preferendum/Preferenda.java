package nl.stemwerk.budgeting.preferendum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.stemwerk.budgeting.money.Fraction;

/** Counts a preferendum by its method; every ballot must be valid, or nothing is counted. */
public final class Preferenda {

    private Preferenda() {
    }

    public static PreferendumResult count(Preferendum preferendum, List<? extends PreferendumBallot> ballots) {
        List<PreferendumOption> options = preferendum.options();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i).id(), i);
        }
        boolean scores = preferendum.method() == PreferendumMethod.SCORE;
        int slots = scores ? preferendum.maxScore() - preferendum.minScore() + 1 : options.size() + 1;
        long[][] distribution = new long[options.size()][slots];
        long[] total = new long[options.size()];
        Set<String> voters = new HashSet<>();
        for (PreferendumBallot ballot : ballots) {
            if (!voters.add(ballot.voterId())) {
                throw new PreferendumException(PreferendumException.Code.DUPLICATE_VOTER,
                        "Inwoner '" + ballot.voterId() + "' heeft meer dan één keer gestemd.");
            }
            switch (ballot) {
                case PreferendumBallot.Scores scored when scores ->
                        countScores(preferendum, scored, index, distribution, total);
                case PreferendumBallot.Ranking ranked when !scores ->
                        countRanking(ranked, index, distribution, total);
                default -> throw new PreferendumException(PreferendumException.Code.WRONG_BALLOT_KIND,
                        "De stem van '" + ballot.voterId() + "' past niet bij deze vraag: "
                                + (scores ? "geef elke optie een cijfer." : "zet de opties op volgorde."));
            }
        }
        return new PreferendumResult(preferendum, ballots.size(), rank(options, distribution, total, scores,
                ballots.size()));
    }

    private static void countScores(Preferendum preferendum, PreferendumBallot.Scores ballot,
                                    Map<String, Integer> index, long[][] distribution, long[] total) {
        for (String id : ballot.scores().keySet()) {
            if (!index.containsKey(id)) {
                throw unknown(ballot, id);
            }
        }
        for (PreferendumOption option : preferendum.options()) {
            Integer score = ballot.scores().get(option.id());
            if (score == null) {
                throw new PreferendumException(PreferendumException.Code.MISSING_SCORE, "De stem van '"
                        + ballot.voterId() + "' geeft optie '" + option.label() + "' geen cijfer. Geef elke optie een "
                        + "cijfer.");
            }
            if (score < preferendum.minScore() || score > preferendum.maxScore()) {
                throw new PreferendumException(PreferendumException.Code.SCORE_OUT_OF_SCALE, "De stem van '"
                        + ballot.voterId() + "' geeft optie '" + option.label() + "' een " + score + ". Dat moet van "
                        + preferendum.minScore() + " tot en met " + preferendum.maxScore() + " zijn.");
            }
            int i = index.get(option.id());
            distribution[i][score - preferendum.minScore()]++;
            total[i] += score;
        }
    }

    private static void countRanking(PreferendumBallot.Ranking ballot, Map<String, Integer> index,
                                     long[][] distribution, long[] total) {
        Set<String> seen = new HashSet<>();
        int ranked = ballot.ranking().size();
        for (int position = 0; position < ranked; position++) {
            String id = ballot.ranking().get(position);
            Integer i = index.get(id);
            if (i == null) {
                throw unknown(ballot, id);
            }
            if (!seen.add(id)) {
                throw new PreferendumException(PreferendumException.Code.DUPLICATE_OPTION,
                        "De stem van '" + ballot.voterId() + "' noemt optie '" + id + "' twee keer.");
            }
            distribution[i][position]++;
            total[i] += ranked - position;
        }
        int unranked = distribution[0].length - 1;
        for (Map.Entry<String, Integer> option : index.entrySet()) {
            if (!seen.contains(option.getKey())) {
                distribution[option.getValue()][unranked]++;
            }
        }
    }

    private static List<PreferendumResult.OptionResult> rank(List<PreferendumOption> options, long[][] distribution,
                                                             long[] total, boolean scores, long ballots) {
        Comparator<Integer> better = Comparator.comparingLong((Integer i) -> -total[i])
                .thenComparing((a, b) -> compareFromBest(distribution[a], distribution[b], scores));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        order.sort(better.thenComparing(i -> options.get(i).id()));
        List<PreferendumResult.OptionResult> results = new ArrayList<>();
        int place = 0;
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (k == 0 || better.compare(order.get(k - 1), i) != 0) {
                place = k + 1;
            }
            List<Long> counts = new ArrayList<>();
            for (long count : distribution[i]) {
                counts.add(count);
            }
            results.add(new PreferendumResult.OptionResult(options.get(i), place, counts, total[i],
                    ballots == 0 ? Fraction.ZERO : Fraction.of(total[i], ballots)));
        }
        return results;
    }

    /** Negative when {@code a} has more of the best outcome: top scores (scores) or first places (rankings). */
    private static int compareFromBest(long[] a, long[] b, boolean scores) {
        int last = scores ? a.length - 1 : a.length - 2;
        for (int k = 0; k <= last; k++) {
            int slot = scores ? last - k : k;
            int comparison = Long.compare(b[slot], a[slot]);
            if (comparison != 0) {
                return comparison;
            }
        }
        return 0;
    }

    private static PreferendumException unknown(PreferendumBallot ballot, String id) {
        return new PreferendumException(PreferendumException.Code.UNKNOWN_OPTION,
                "De stem van '" + ballot.voterId() + "' noemt optie '" + id + "', maar die optie bestaat niet.");
    }
}
