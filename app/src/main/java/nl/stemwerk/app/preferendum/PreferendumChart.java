package nl.stemwerk.app.preferendum;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import nl.stemwerk.app.budget.ChartData;
import nl.stemwerk.budgeting.preferendum.PreferendumResult;

/** The distribution of scores per answer as stacked bars: one bar per answer, one colour per score. */
final class PreferendumChart {
    private PreferendumChart() {
    }

    /**
     * @param scale      the scores residents could give, lowest first (the order of each option's distribution)
     * @param scoreLabel the legend text of a score, e.g. "Cijfer 3"
     */
    static ChartData distribution(PreferendumResult result, List<Integer> scale, IntFunction<String> scoreLabel) {
        List<String> answers = result.options().stream().map(o -> o.option().label()).toList();
        List<ChartData.Series> perScore = IntStream.range(0, scale.size())
                .mapToObj(i -> new ChartData.Series(scoreLabel.apply(scale.get(i)),
                        result.options().stream().map(o -> o.distribution().get(i)).toList()))
                .toList();
        return new ChartData(answers, perScore, true, true);
    }
}
