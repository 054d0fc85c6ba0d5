package nl.stemwerk.app.sortition.draw;

/**
 * Why a member left the panel: a short fixed list, so that the griffie never types personal details and no reason
 * reveals health (AVG art. 9); "personal circumstances" covers those.
 */
public enum WithdrawalReason {
    NO_TIME, PERSONAL_CIRCUMSTANCES, MOVED_AWAY, UNREACHABLE, OTHER
}
