package nl.stemwerk.app.turnout.web;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Chart.js chart draws, handed to {@code turnout-charts.js} as JSON in a {@code data-chart} attribute (the
 * content security policy allows no inline script). Every chart has a table with the same figures next to it.
 *
 * @param type   "line" or "bar"
 * @param label  what the values are, e.g. "Opkomst (%)"
 * @param labels one per point or bar
 * @param values the values; null where the figure is unknown
 */
public record ChartData(String type, String label, List<String> labels, List<Double> values) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public ChartData {
        labels = List.copyOf(labels);
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public String json() {
        return JSON.writeValueAsString(this);
    }

    public boolean anyValue() {
        return values.stream().anyMatch(java.util.Objects::nonNull);
    }
}
