package nl.stemwerk.app.benchmark;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A typist of a pair: both typists of a pair work through the same polling stations in the same order, so one
 * enters first and the other second. Between requests the typist "types" (a think time); a typist who must wait for
 * the partner's first entry looks at the list of stations again a little later. Every write the server acknowledged
 * is remembered by its data entry and version, to be found again after a crash.
 */
final class SimulatedTypist implements Runnable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypistConnection connection;
    private final String name;
    private final long sessionId;
    private final List<Integer> stations;
    private final BenchPlan plan;
    private final Latencies latencies;
    private final Set<String> acknowledged;

    SimulatedTypist(TypistConnection connection, String name, long sessionId, List<Integer> stations, BenchPlan plan,
                    Latencies latencies, Set<String> acknowledged) {
        this.connection = connection;
        this.name = name;
        this.sessionId = sessionId;
        this.stations = stations;
        this.plan = plan;
        this.latencies = latencies;
        this.acknowledged = acknowledged;
    }

    @Override
    public void run() {
        try {
            for (int station : stations) {
                if (!enter(station)) {
                    return;
                }
            }
        } catch (IOException connectionLost) {
            // the server went away (the crash): the typist stops, what was acknowledged must be there
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One entry of a station; false when the bench is over. */
    private boolean enter(int station) throws IOException, InterruptedException {
        JsonNode state = null;
        while (state == null) {
            if (plan.over()) {
                return false;
            }
            JsonNode progress = stationProgress(station);
            String status = progress.path("status").asString("");
            if (status.equals("DEFINITIVE") || name.equals(progress.path("firstTypist").asString(""))
                    || name.equals(progress.path("secondTypist").asString(""))
                    || status.equals("ENTRIES_DIFFERENT") || status.equals("FIRST_ENTRY_HAS_ERRORS")) {
                return true;
            }
            if (status.equals("FIRST_ENTRY_IN_PROGRESS") || status.equals("SECOND_ENTRY_IN_PROGRESS")) {
                think(3);
                continue;
            }
            think(1);
            HttpResponse<String> claimed = timed("claim", "POST", "/api/zittingen/" + sessionId + "/invoer/" + station,
                    "{\"version\":" + progress.path("version").asInt(0) + "}");
            if (claimed.statusCode() == 200) {
                state = acknowledge(claimed);
            }
        }
        for (Map<String, String> section : SyntheticPaper.sections(station, plan.lists(), plan.candidatesPerList())) {
            think(1);
            if (plan.over()) {
                return false;
            }
            HttpResponse<String> saved = timed("save section", "PUT", "/api/invoer/" + state.path("dataEntryId").asLong(),
                    JSON.writeValueAsString(Map.of("version", state.path("version").asInt(), "section", "bench",
                            "fields", section)));
            if (saved.statusCode() != 200) {
                return true;
            }
            state = acknowledge(saved);
        }
        think(1);
        HttpResponse<String> finalised = timed("finalise", "POST", "/api/invoer/" + state.path("dataEntryId").asLong()
                + "/afronden", "{\"version\":" + state.path("version").asInt() + "}");
        if (finalised.statusCode() == 200) {
            acknowledge(finalised);
        }
        return true;
    }

    private JsonNode stationProgress(int station) throws IOException, InterruptedException {
        HttpResponse<String> response = timed("station list", "GET", "/api/zittingen/" + sessionId + "/invoer", null);
        for (JsonNode row : JSON.readTree(response.body())) {
            if (row.path("number").asInt() == station) {
                return row;
            }
        }
        throw new IllegalStateException("station " + station + " not in the session");
    }

    private JsonNode acknowledge(HttpResponse<String> response) {
        JsonNode state = JSON.readTree(response.body());
        acknowledged.add(state.path("dataEntryId").asLong() + "@" + state.path("version").asInt());
        return state;
    }

    private HttpResponse<String> timed(String type, String method, String path, String body)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = connection.json(method, path, body);
        long took = System.nanoTime() - start;
        latencies.record(response.statusCode() < 400 ? type : type + " (" + response.statusCode() + ")", took);
        return response;
    }

    /** A typist's pause between two requests: the think time, times {@code factor}, spread ±50 %. */
    private void think(int factor) {
        long millis = plan.thinkMillis() * factor;
        long pause = millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1);
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(pause));
    }
}
