package nl.stemwerk.app.apportionment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.kieswet.apportionment.AllocationExplanation;
import nl.stemwerk.kieswet.apportionment.AllocationStep;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.CandidateElection;
import nl.stemwerk.kieswet.apportionment.CandidateId;
import nl.stemwerk.kieswet.apportionment.DrawingOfLots;
import nl.stemwerk.kieswet.apportionment.Fraction;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.apportionment.ListStanding;
import nl.stemwerk.kieswet.apportionment.LotDrawn;
import nl.stemwerk.kieswet.apportionment.SeatAllocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole result of {@code stemwerk seats --json}: standings, every step with its article and exact fractions
 * ({@code {"numerator", "denominator"}}), the lots drawn, the elected candidates and the rankings.
 */
final class SeatsJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeatsJson() {
    }

    static Map<String, Object> of(SeatsInput input, SeatAllocationRun run) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (run.outcome()) {
            case ApportionmentOutcome.Completed completed -> {
                SeatAllocation allocation = completed.seatAllocation();
                out.put("status", "completed");
                out.put("seats", allocation.seats());
                out.put("totalVotes", allocation.totalVotes());
                out.put("quota", fraction(allocation.quota()));
                out.put("residualSeatMethod", allocation.nineteenOrMoreSeats() ? "P 7" : "P 8");
                out.put("lists", standings(input, allocation.standings()));
                out.put("unassignedSeats", allocation.unassignedSeats());
                out.put("steps", steps(allocation.steps()));
                out.put("lotsDrawn", lots(run.lotsDrawn()));
                if (input.candidateVotesKnown()) {
                    Map<String, Object> threshold = new LinkedHashMap<>();
                    threshold.put("percentage", completed.election().threshold().percentage());
                    threshold.put("votes", fraction(completed.election().threshold().votes()));
                    out.put("preferenceThreshold", threshold);
                    out.put("elected", elected(input, completed.election()));
                    out.put("rankings", rankings(completed.election()));
                    out.put("explanation", AllocationExplanation.of(completed, input.listNames()));
                } else {
                    out.put("explanation", AllocationExplanation.of(allocation, input.listNames()));
                }
            }
            case ApportionmentOutcome.DrawingOfLotsRequired required -> {
                out.put("status", "drawingOfLotsRequired");
                out.put("seats", required.seats());
                out.put("drawing", drawing(required.drawing()));
                out.put("lists", standings(input, required.standings()));
                out.put("stepsSoFar", steps(required.stepsSoFar()));
                out.put("lotsDrawn", lots(run.lotsDrawn()));
            }
        }
        return out;
    }

    private static List<Map<String, Object>> standings(SeatsInput input, List<ListStanding> standings) {
        return standings.stream().map(s -> {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("number", s.listNumber());
            list.put("name", input.listNames().getOrDefault(s.listNumber(), ""));
            list.put("votes", s.votes());
            list.put("fullSeats", s.fullSeats());
            list.put("residualSeats", s.residualSeats());
            list.put("seats", s.totalSeats());
            return list;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(List<AllocationStep> steps) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AllocationStep step : steps) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", step.getClass().getSimpleName());
            json.put("article", step.article());
            json.putAll(JSON.convertValue(step, Map.class));
            out.add(json);
        }
        return out;
    }

    private static Map<String, Object> drawing(DrawingOfLots drawing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", drawing.getClass().getSimpleName());
        json.put("article", drawing.article());
        json.put("options", drawing.options());
        json.put("description", drawing.dutchDescription());
        if (drawing instanceof DrawingOfLots.CandidateTie tie) {
            json.put("list", tie.listNumber());
        }
        return json;
    }

    private static List<Map<String, Object>> lots(List<LotDrawn> lots) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LotDrawn lot : lots) {
            Map<String, Object> json = drawing(lot.drawing());
            json.put("chosen", lot.chosen());
            out.add(json);
        }
        return out;
    }

    private static List<Map<String, Object>> elected(SeatsInput input, CandidateElection election) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ListCandidates list : election.lists()) {
            list.electedByPreference().forEach(c -> out.add(candidate(input, list.listNumber(), c, "preference")));
            list.electedByListOrder().forEach(c -> out.add(candidate(input, list.listNumber(), c, "listOrder")));
        }
        return out;
    }

    private static Map<String, Object> candidate(SeatsInput input, int list, int number, String electedBy) {
        CandidateId id = new CandidateId(list, number);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("list", list);
        json.put("candidate", number);
        json.put("name", input.candidateName(id));
        json.put("votes", input.candidateVotes(id));
        json.put("electedBy", electedBy);
        return json;
    }

    private static List<Map<String, Object>> rankings(CandidateElection election) {
        return election.lists().stream().map(list -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("list", list.listNumber());
            json.put("ranking", list.ranking());
            json.put("reranked", list.reranked());
            json.put("rankingChanged", list.rankingChanged());
            return json;
        }).toList();
    }

    private static Map<String, Object> fraction(Fraction value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("numerator", value.numerator());
        json.put("denominator", value.denominator());
        json.put("text", value.toString());
        return json;
    }
}
