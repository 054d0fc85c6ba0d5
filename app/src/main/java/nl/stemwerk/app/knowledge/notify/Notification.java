package nl.stemwerk.app.knowledge.notify;

import java.time.Instant;

/**
 * One notification of one user.
 *
 * @param link   the page it is about, within Stemwerk
 * @param readAt when the user marked it read; {@code null} while unread
 */
public record Notification(long id, NotificationKind kind, String title, String link, Instant createdAt,
                           Instant readAt) {
    public boolean unread() {
        return readAt == null;
    }
}
