package nl.stemwerk.app.budget;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a bar chart, as the {@code data-chart} attribute that {@code budget-charts.js} reads. A page always
 * shows the same numbers in a table as well.
 *
 * @param labels     one per bar (group)
 * @param series     one or more rows of values, parallel to {@code labels}
 * @param horizontal bars from left to right (long labels read better on a phone)
 * @param stacked    series on top of each other
 */
public record ChartData(List<String> labels, List<Series> series, boolean horizontal, boolean stacked) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ChartData {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** One row of values with its legend text. */
    public record Series(String label, List<? extends Number> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }
}
