package nl.stemwerk.app.budget.voting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.app.budget.Budget;
import nl.stemwerk.app.budget.BudgetProject;
import nl.stemwerk.app.budget.BudgetService;
import nl.stemwerk.app.budget.votingcode.Channel;
import nl.stemwerk.app.budget.votingcode.VoteTarget;
import nl.stemwerk.app.budget.votingcode.VoterRef;
import nl.stemwerk.app.budget.votingcode.VotingCodeService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.budgeting.election.BallotViolation;
import nl.stemwerk.budgeting.phase.BudgetPhase;
import org.springframework.stereotype.Service;

/**
 * Casting a vote in a burgerbegroting: the code is checked and the ballot checked by the library's
 * {@code BallotRules}; only when both are right is the code used and the ballot stored, in one transaction with its
 * audit row. The audit row and the ballot hold nothing that links them to the code or to each other.
 */
@Service
public class BudgetVoteService {
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final BudgetService budgets;
    private final BallotRepository ballots;
    private final VotingCodeService codes;
    private final ChangeService changes;
    private final Clock clock;

    public BudgetVoteService(BudgetService budgets, BallotRepository ballots, VotingCodeService codes,
                             ChangeService changes, Clock clock) {
        this.budgets = budgets;
        this.ballots = ballots;
        this.codes = codes;
        this.changes = changes;
        this.clock = clock;
    }

    /** A resident votes online from {@code address} (counted by the code throttle). */
    public void castOnline(long budgetId, String code, List<String> projectCodes, String address) {
        Budget budget = budgets.get(budgetId);
        if (!acceptsOnlineVotes(budget)) {
            throw InvalidInput.of("form", "U kunt nu niet stemmen voor deze burgerbegroting. Kijk op de pagina"
                    + " van de burgerbegroting wanneer het stemmen open is.");
        }
        cast(budget, code, projectCodes, address, Channel.ONLINE, null);
    }

    /** Staff enter a paper ballot with the code from its letter; it is marked as paper, with who entered it. */
    public void castPaper(long budgetId, String code, List<String> projectCodes) {
        Budget budget = budgets.get(budgetId);
        if (!acceptsPaperVotes(budget)) {
            throw InvalidInput.of("form", "Papieren stemmen kunt u invoeren zolang het stemmen open is, en daarna"
                    + " tot de stemmen zijn geteld.");
        }
        cast(budget, code, projectCodes, null, Channel.PAPER, ChangeService.currentActor());
    }

    /** In the voting phase and within the voting dates. */
    public boolean acceptsOnlineVotes(Budget budget) {
        return budget.phase() == BudgetPhase.VOTING
                && budget.settings().dates().votingOpenOn(LocalDate.now(clock.withZone(NETHERLANDS)));
    }

    public boolean acceptsPaperVotes(Budget budget) {
        return budget.phase() == BudgetPhase.VOTING
                || (budget.phase() == BudgetPhase.CLOSED && !budgets.isCounted(budget.id()));
    }

    public Map<Channel, Long> turnout(long budgetId) {
        return ballots.turnout(budgetId);
    }

    private void cast(Budget budget, String code, List<String> chosen, String address, Channel channel,
                      String enteredBy) {
        VoteTarget target = VoteTarget.budget(budget.id());
        Map<String, BudgetProject> projects = budgets.projects(budget.id()).stream()
                .collect(Collectors.toMap(BudgetProject::code, Function.identity()));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        byte[] checked = codes.check(target, code, address, problems);
        List<String> violations = budget.ballotRules().check(chosen, List.of(), false,
                        id -> projects.containsKey(id) ? projects.get(id).cost() : null, "EUR")
                .stream().map(BallotViolation::message).toList();
        if (!violations.isEmpty()) {
            problems.add("projects", String.join(" ", violations));
        }
        problems.throwIfAny();
        List<Long> projectIds = chosen.stream().map(id -> projects.get(id).id()).toList();
        String action = channel == Channel.PAPER ? "begroting.papieren-stem-ingevoerd" : "begroting.stem-uitgebracht";
        changes.apply(new Change(action, BudgetService.subject(budget.id()), Map.of("kanaal", channel.pbName())),
                () -> {
                    codes.use(target, checked);
                    ballots.insert(budget.id(), VoterRef.random(), channel, enteredBy, projectIds);
                });
    }
}
