package nl.stemwerk.app.sortition.replacement;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.draw.DrawHistory;
import nl.stemwerk.app.sortition.draw.DrawRepository;
import nl.stemwerk.app.sortition.draw.PublicDrawService;
import nl.stemwerk.app.sortition.draw.RecordedDraw;
import nl.stemwerk.app.sortition.draw.ReplacementLottery;
import nl.stemwerk.app.sortition.draw.Withdrawal;
import nl.stemwerk.app.sortition.draw.WithdrawalReason;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.sortition.web.ProbabilityRow;
import nl.stemwerk.sortition.SortitionException;
import nl.stemwerk.sortition.draw.DrawStatus;
import nl.stemwerk.sortition.draw.LotteryFile;
import nl.stemwerk.sortition.draw.Replacement;
import nl.stemwerk.sortition.selection.Lottery;
import nl.stemwerk.sortition.selection.SelectionOptions;
import nl.stemwerk.sortition.selection.SelectionOutcome;
import nl.stemwerk.sortition.selection.SelectionProblem;
import nl.stemwerk.sortition.selection.Sortition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Replacing panel members who withdrew: record the withdrawal, compute the replacement lottery (members who stay
 * are kept, the quotas and the panel size stay), publish it, and draw it with a new public seed on the draw page.
 * The lottery is computed in the request: with most seats kept only a few are open, which takes seconds for pools
 * of a few hundred volunteers.
 */
@Service
public class ReplacementService {
    private final DrawRepository draws;
    private final ChangeService changes;
    private final Clock clock;

    ReplacementService(DrawRepository draws, ChangeService changes, Clock clock) {
        this.draws = draws;
        this.changes = changes;
        this.clock = clock;
    }

    /** Records that a member of the current panel withdrew; several may withdraw before the replacement lottery. */
    public void withdraw(long assemblyId, String memberId, String reasonText) {
        DrawHistory history = draws.history(assemblyId);
        if (history.status() != DrawStatus.WITHDRAWAL_RECORDED) {
            transition(() -> history.status().recordWithdrawal(), "member");
        }
        String id = memberId == null ? "" : memberId.strip();
        if (!history.currentMembers().contains(id)) {
            throw InvalidInput.of("member", "'" + id + "' zit niet in het panel. Kies een lid uit de lijst.");
        }
        if (history.withdrawals().stream().anyMatch(w -> w.memberId().equals(id))) {
            throw InvalidInput.of("member", "'" + id + "' heeft zich al teruggetrokken.");
        }
        WithdrawalReason reason = reason(reasonText);
        Withdrawal withdrawal = new Withdrawal(history.nextRound(), id, reason, ChangeService.currentActor(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lid", id);
        details.put("reden", reason.name());
        details.put("ronde", withdrawal.round());
        changes.apply(new Change("burgerberaad.lid-teruggetrokken", AssemblyService.subject(assemblyId), details),
                () -> {
                    try {
                        draws.insertWithdrawal(assemblyId, withdrawal);
                    } catch (DuplicateKeyException e) {
                        throw InvalidInput.of("member", "'" + id + "' heeft zich al teruggetrokken.");
                    }
                });
    }

    /** Computes and publishes the lottery that replaces the pending withdrawals; its hash is fixed before its seed. */
    public ReplacementLottery computeLottery(long assemblyId) {
        DrawHistory history = draws.history(assemblyId);
        transition(() -> history.status().publishLottery(), "compute");
        RecordedDraw latest = history.latestDraw().orElseThrow();
        Lottery previous = PublicDrawService.lottery(history, latest.round());
        List<String> withdrawn = history.pendingWithdrawals().stream().map(Withdrawal::memberId).toList();
        SelectionProblem problem = Replacement.afterWithdrawal(previous.problem(), latest.members(), withdrawn);
        SelectionOutcome outcome = Sortition.withOrTools().compute(problem, SelectionOptions.of(previous.algorithm()));
        if (outcome instanceof SelectionOutcome.InfeasibleQuotas advice) {
            throw InvalidInput.of("compute", "Er is geen vervanging mogelijk binnen de quota. " + advice.message());
        }
        Lottery lottery = ((SelectionOutcome.Computed) outcome).lottery();
        ReplacementLottery published = new ReplacementLottery(history.nextRound(), LotteryFile.write(lottery),
                lottery.resultHash(), ChangeService.currentActor(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ronde", published.round());
        details.put("teruggetrokken", withdrawn);
        details.put("methode", lottery.algorithm().name());
        details.put("resultaatHash", lottery.resultHash());
        details.put("panels", lottery.panels().size());
        changes.apply(new Change("burgerberaad.vervangingsloting-berekend", AssemblyService.subject(assemblyId),
                details), () -> {
            try {
                draws.insertReplacementLottery(assemblyId, published);
            } catch (DuplicateKeyException e) {
                throw InvalidInput.of("compute", "De vervangingsloting is al berekend.");
            }
        });
        return published;
    }

    /**
     * Each volunteer's probability of becoming a replacement in the published replacement lottery, largest first;
     * the members who stay are left out (their probability is 1).
     */
    public static List<ProbabilityRow> replacementChances(Lottery lottery) {
        Map<String, Double> open = new HashMap<>(lottery.probabilities());
        open.keySet().removeAll(lottery.problem().keptIds());
        return ProbabilityRow.ranked(open, Comparator.reverseOrder());
    }

    public DrawHistory history(long assemblyId) {
        return draws.history(assemblyId);
    }

    private static void transition(Runnable step, String field) {
        try {
            step.run();
        } catch (SortitionException e) {
            throw InvalidInput.of(field, PublicDrawService.dutch(e));
        }
    }

    private static WithdrawalReason reason(String text) {
        for (WithdrawalReason reason : WithdrawalReason.values()) {
            if (reason.name().equals(text)) {
                return reason;
            }
        }
        throw InvalidInput.of("reason", "Kies een reden uit de lijst.");
    }
}
