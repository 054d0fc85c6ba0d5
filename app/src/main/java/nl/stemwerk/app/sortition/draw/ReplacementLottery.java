package nl.stemwerk.app.sortition.draw;

import java.time.Instant;

/** The published lottery of replacement round {@code round}: its file and result hash, fixed before its seed. */
public record ReplacementLottery(int round, String lotteryFile, String resultHash, String computedBy,
                                 Instant computedAt) {
}
