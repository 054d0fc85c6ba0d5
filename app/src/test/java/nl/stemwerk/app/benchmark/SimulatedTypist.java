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
 * enters first and the other second. The typist arrives at their moment of the ramp-up, opens their station list,
 * takes the first paper, then for every station searches its number in the list (as a typist with the paper in hand
 * does) and claims it when it is open to them; when it is not, they look up where the station stands: the partner is
 * entering it (look again a little later) or it is done. Between requests the typist "types" (a think time). Every
 * write the server acknowledged is remembered by its data entry and version, to be found again after a crash.
 */
final class SimulatedTypist implements Runnable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TypistConnection connection;
    private final int index;
    private final long sessionId;
    private final List<Integer> stations;
    private final BenchPlan plan;
    private final Latencies latencies;
    private final Set<String> acknowledged;

    SimulatedTypist(TypistConnection connection, int index, long sessionId, List<Integer> stations, BenchPlan plan,
                    Latencies latencies, Set<String> acknowledged) {
        this.connection = connection;
        this.index = index;
        this.sessionId = sessionId;
        this.stations = stations;
        this.plan = plan;
        this.latencies = latencies;
        this.acknowledged = acknowledged;
    }

    @Override
    public void run() {
        try {
            LockSupport.parkNanos(plan.arrival(index).toNanos());
            timed("station list", "GET", "/api/zittingen/" + sessionId + "/invoer/open", null);
            think(1);
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
            JsonNode progress = openToMe(station);
            if (progress == null) {
                String status = station(station).path("status").asString("");
                if (status.equals("FIRST_ENTRY_IN_PROGRESS") || status.equals("SECOND_ENTRY_IN_PROGRESS")) {
                    think(3);
                    continue;
                }
                return true;
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

    /** The station as the typist's list shows it when they search its number, or null when it is not open to them. */
    private JsonNode openToMe(int station) throws IOException, InterruptedException {
        HttpResponse<String> response = timed("station list", "GET", "/api/zittingen/" + sessionId
                + "/invoer/open?zoek=" + station, null);
        for (JsonNode row : JSON.readTree(response.body()).path("stations")) {
            if (row.path("number").asInt() == station) {
                return row;
            }
        }
        return null;
    }

    private JsonNode station(int station) throws IOException, InterruptedException {
        return JSON.readTree(timed("station", "GET", "/api/zittingen/" + sessionId + "/invoer/" + station, null)
                .body());
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
