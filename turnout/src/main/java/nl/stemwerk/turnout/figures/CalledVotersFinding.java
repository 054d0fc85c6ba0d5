package nl.stemwerk.turnout.figures;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the called voters per station.
 *
 * @param issue       stable machine code
 * @param stations    the station numbers it concerns; empty when it concerns the whole file
 * @param explanation plain Dutch (B1): what we saw and why per-station turnout is misleading
 */
public record CalledVotersFinding(CalledVotersIssue issue, List<Integer> stations, String explanation) {
    public CalledVotersFinding {
        Objects.requireNonNull(issue, "issue");
        stations = List.copyOf(stations);
        Objects.requireNonNull(explanation, "explanation");
    }
}
