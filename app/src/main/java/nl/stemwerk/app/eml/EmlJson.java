package nl.stemwerk.app.eml;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.summary.EmlSummary;

/** The JSON shapes of {@code stemwerk eml … --json}: plain maps, so the output stays stable when records change. */
final class EmlJson {
    private EmlJson() {
    }

    static Map<String, Object> summary(EmlSummary summary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", summary.type().id());
        json.put("description", summary.type().dutchDescription());
        json.put("election", summary.election().id());
        json.put("electionName", summary.election().name());
        json.put("electionDate", summary.election().electionDate().toString());
        summary.election().domain().ifPresent(d -> json.put("domain", Map.of("code", d.code(), "name", d.name())));
        summary.authority().ifPresent(a -> json.put("authority", Map.of("id", a.id(), "name", a.name())));
        summary.numberOfSeats().ifPresent(seats -> json.put("seats", seats));
        json.put("lists", summary.lists());
        json.put("candidates", summary.candidates());
        json.put("pollingStations", summary.pollingStations());
        json.put("reportingUnits", summary.reportingUnits());
        json.put("contents", summary.describe());
        return json;
    }

    static Map<String, Object> problem(EmlException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", e.code().name());
        json.put("message", e.getMessage());
        e.line().ifPresent(line -> json.put("line", line));
        e.column().ifPresent(column -> json.put("column", column));
        return json;
    }

    static Map<String, Object> badFile(CliFiles.BadFile e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", e.code());
        json.put("message", e.getMessage());
        return json;
    }
}
