package nl.stemwerk.app.budget.counting;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.budgeting.money.Money;

/**
 * A stored count of a burgerbegroting: exactly what decided it (rule id, lot, input hash) and the result.
 *
 * @param ruleId      the exact budgeting rule variant id
 * @param lot         the lot it used
 * @param ballots     how many ballots were counted
 * @param inputSha256 SHA-256 of the anonymised .pb input it was computed from
 * @param totalCost   what the winners cost together
 * @param endowment   for Equal Shares: the money per voter, in Dutch; empty otherwise
 * @param summary     one Dutch line: what was decided
 * @param ruleText    the rule in plain Dutch
 * @param countedBy   who counted
 * @param countedAt   when
 * @param projects    every project with its result, in ballot order
 */
public record StoredCount(String ruleId, StoredLot lot, int ballots, String inputSha256, Money totalCost,
                          String endowment, String summary, String ruleText, String countedBy, Instant countedAt,
                          List<CountedProject> projects) {
    public StoredCount {
        projects = List.copyOf(projects);
    }

    /** The winners in the order they were chosen. */
    public List<CountedProject> winners() {
        return projects.stream().filter(CountedProject::selected)
                .sorted(Comparator.comparingInt(CountedProject::rank)).toList();
    }

    /**
     * One project's result.
     *
     * @param project     the project
     * @param selected    funded
     * @param rank        the order in which it was chosen (1 first), {@code null} when not chosen
     * @param votes       how many ballots chose it
     * @param explanation why, in plain Dutch (the library's {@code DutchExplanations})
     */
    public record CountedProject(BudgetProject project, boolean selected, Integer rank, int votes,
                                 String explanation) {
    }

    /**
     * The lot drawn once before the count.
     *
     * @param seed    the seed it was drawn from
     * @param order   project codes, the one that wins a tie first
     * @param drawnBy who started the draw
     * @param drawnAt when
     */
    public record StoredLot(String seed, List<String> order, String drawnBy, Instant drawnAt) {
        public StoredLot {
            order = List.copyOf(order);
        }
    }
}
