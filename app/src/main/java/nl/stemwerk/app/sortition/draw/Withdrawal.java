package nl.stemwerk.app.sortition.draw;

import java.time.Instant;

/**
 * A panel member who withdrew, to be replaced in draw {@code round}.
 *
 * @param reason one of a fixed list (no free text, so no health or other personal details end up stored)
 */
public record Withdrawal(int round, String memberId, WithdrawalReason reason, String recordedBy,
                         Instant recordedAt) {
}
