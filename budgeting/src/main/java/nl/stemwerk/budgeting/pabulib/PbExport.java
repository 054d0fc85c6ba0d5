package nl.stemwerk.budgeting.pabulib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;

import nl.stemwerk.budgeting.election.Ballot;
import nl.stemwerk.budgeting.election.BallotRules;
import nl.stemwerk.budgeting.election.BudgetCaps;
import nl.stemwerk.budgeting.election.BudgetElection;
import nl.stemwerk.budgeting.election.Project;
import nl.stemwerk.budgeting.money.Money;
import nl.stemwerk.budgeting.rule.BudgetResult;

/** Writes an election the app ran as a .pb file, for research (pabulib) and for anyone who wants to recount. */
public final class PbExport {

    private PbExport() {
    }

    /**
     * The election as a .pb file.
     *
     * @param description META keys that describe it, such as {@code description}, {@code country}, {@code unit},
     *                    {@code instance}, {@code date_begin}; written first, in this order
     */
    public static PbFile toPbFile(BudgetElection election, SequencedMap<String, String> description) {
        SequencedMap<String, String> meta = new LinkedHashMap<>(description);
        meta.put("num_projects", Integer.toString(election.projects().size()));
        meta.put("num_votes", Integer.toString(election.ballots().size()));
        meta.put("budget", election.budget().toPlainString());
        meta.put("vote_type", election.voteType().pbName());
        meta.putIfAbsent("rule", "unknown");
        meta.put("currency", election.currency());
        ballotRules(election.ballotRules(), meta);
        caps(election.caps(), meta);

        Map<String, long[]> tallies = tallies(election);
        boolean points = election.voteType().hasPoints();
        boolean categories = election.projects().stream().anyMatch(p -> !p.categories().isEmpty());
        boolean neighbourhoods = election.projects().stream().anyMatch(p -> p.neighbourhood().isPresent());
        List<String> projectColumns = new ArrayList<>(List.of("project_id", "cost", "name", "votes"));
        if (points) {
            projectColumns.add("score");
        }
        if (categories) {
            projectColumns.add("category");
        }
        if (neighbourhoods) {
            projectColumns.add("neighbourhood");
        }
        List<PbProject> projects = new ArrayList<>();
        for (Project project : election.projects()) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("name", project.name());
            attributes.put("votes", Long.toString(tallies.get(project.id())[0]));
            if (points) {
                attributes.put("score", Long.toString(tallies.get(project.id())[1]));
            }
            if (categories) {
                attributes.put("category", String.join(",", project.categories()));
            }
            if (neighbourhoods) {
                attributes.put("neighbourhood", project.neighbourhood().orElse(PbValues.MISSING));
            }
            projects.add(new PbProject(project.id(), project.cost(), attributes));
        }
        List<String> voteColumns = points ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote");
        List<PbVote> votes = new ArrayList<>();
        for (Ballot ballot : election.ballots()) {
            votes.add(new PbVote(ballot.voterId(), ballot.projectIds(), ballot.points(), Map.of()));
        }
        return new PbFile(meta, projectColumns, projects, voteColumns, votes, PbLayout.STANDARD);
    }

    /** The file with the result in it: {@code rule} in META is the rule id, and {@code selected} is 1 or 0. */
    public static PbFile withResult(PbFile file, BudgetResult result) {
        SequencedMap<String, String> meta = new LinkedHashMap<>(file.meta());
        meta.put("rule", result.variant().id());
        Set<String> winners = new HashSet<>(result.winners());
        List<String> columns = new ArrayList<>(file.projectColumns());
        if (!columns.contains("selected")) {
            columns.add("selected");
        }
        List<PbProject> projects = new ArrayList<>();
        for (PbProject project : file.projects()) {
            Map<String, String> attributes = new HashMap<>(project.attributes());
            attributes.put("selected", winners.contains(project.id()) ? "1" : "0");
            projects.add(new PbProject(project.id(), project.cost(), attributes));
        }
        return new PbFile(meta, columns, projects, file.voteColumns(), file.votes(), file.layout());
    }

    private static Map<String, long[]> tallies(BudgetElection election) {
        Map<String, long[]> tallies = new HashMap<>();
        election.projects().forEach(p -> tallies.put(p.id(), new long[2]));
        for (Ballot ballot : election.ballots()) {
            for (int i = 0; i < ballot.projectIds().size(); i++) {
                long[] tally = tallies.get(ballot.projectIds().get(i));
                tally[0]++;
                tally[1] += ballot.points().isEmpty() ? 0 : ballot.points().get(i);
            }
        }
        return tallies;
    }

    private static void ballotRules(BallotRules rules, Map<String, String> meta) {
        putIf(meta, "min_length", rules.minLength() > 0, rules.minLength());
        putIf(meta, "max_length", rules.maxLength() != Integer.MAX_VALUE, rules.maxLength());
        if (rules.minSumCost().isPositive()) {
            meta.put("min_sum_cost", rules.minSumCost().toPlainString());
        }
        if (!rules.maxSumCost().isUnlimited()) {
            meta.put("max_sum_cost", rules.maxSumCost().toPlainString());
        }
        putIf(meta, "min_points", rules.minPoints() != Long.MIN_VALUE, rules.minPoints());
        putIf(meta, "max_points", rules.maxPoints() != Long.MAX_VALUE, rules.maxPoints());
        putIf(meta, "min_sum_points", rules.minSumPoints() != Long.MIN_VALUE, rules.minSumPoints());
        putIf(meta, "max_sum_points", rules.maxSumPoints() != Long.MAX_VALUE, rules.maxSumPoints());
    }

    private static void putIf(Map<String, String> meta, String key, boolean set, long value) {
        if (set) {
            meta.put(key, Long.toString(value));
        }
    }

    private static void caps(BudgetCaps caps, Map<String, String> meta) {
        capList(caps.perCategory(), "categories", "budget_per_category", meta);
        capList(caps.perNeighbourhood(), "neighbourhoods", "budget_per_neighbourhood", meta);
    }

    private static void capList(Map<String, Money> caps, String namesKey, String capsKey, Map<String, String> meta) {
        if (!caps.isEmpty()) {
            meta.put(namesKey, String.join(",", caps.keySet()));
            meta.put(capsKey, String.join(",", caps.values().stream().map(Money::toPlainString).toList()));
        }
    }
}
