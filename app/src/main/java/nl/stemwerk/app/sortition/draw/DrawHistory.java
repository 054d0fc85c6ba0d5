package nl.stemwerk.app.sortition.draw;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.sortition.draw.DrawStatus;

/**
 * Everything drawn for one burgerberaad, oldest first: the draws per round, the withdrawals and the replacement
 * lotteries. Nothing in it is ever changed; the status follows from what is there.
 *
 * @param lotteryFile the assembly's own lottery (round 0), empty until it is computed
 */
public record DrawHistory(long assemblyId, String name, Optional<String> lotteryFile, List<RecordedDraw> draws,
                          List<Withdrawal> withdrawals, List<ReplacementLottery> replacementLotteries) {
    public DrawHistory {
        draws = List.copyOf(draws);
        withdrawals = List.copyOf(withdrawals);
        replacementLotteries = List.copyOf(replacementLotteries);
    }

    /** The library's status of the next step (docs/state-machines/draw-status.md). */
    public DrawStatus status() {
        if (lotteryFile.isEmpty()) {
            return DrawStatus.POOL_OPEN;
        }
        if (draws.isEmpty() || replacementLottery(nextRound()).isPresent()) {
            return DrawStatus.LOTTERY_PUBLISHED;
        }
        return pendingWithdrawals().isEmpty() ? DrawStatus.DRAWN : DrawStatus.WITHDRAWAL_RECORDED;
    }

    /** The round the next draw gets: 0 for the panel, then 1, 2, … for replacements. */
    public int nextRound() {
        return draws.size();
    }

    /** The lottery file drawn from in {@code round}, if it is published. */
    public Optional<String> lotteryFile(int round) {
        return round == 0 ? lotteryFile : replacementLottery(round).map(ReplacementLottery::lotteryFile);
    }

    public Optional<ReplacementLottery> replacementLottery(int round) {
        return replacementLotteries.stream().filter(l -> l.round() == round).findFirst();
    }

    public Optional<RecordedDraw> latestDraw() {
        return draws.isEmpty() ? Optional.empty() : Optional.of(draws.getLast());
    }

    /** The members on the panel now (after the latest draw); withdrawals waiting for a replacement still count. */
    public List<String> currentMembers() {
        return latestDraw().map(RecordedDraw::members).orElse(List.of());
    }

    /** The withdrawals the next draw replaces. */
    public List<Withdrawal> pendingWithdrawals() {
        return withdrawals.stream().filter(w -> w.round() == nextRound()).toList();
    }

    /** The members a draw added: for round 0 the whole panel, later only the replacements. */
    public List<String> newMembers(RecordedDraw draw) {
        if (draw.round() == 0) {
            return draw.members();
        }
        List<String> before = draws.get(draw.round() - 1).members();
        return draw.members().stream().filter(id -> !before.contains(id)).toList();
    }
}
