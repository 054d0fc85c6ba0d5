package nl.stemwerk.app.knowledge.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code notification} and {@code notification_address}, and the team: every enabled account. */
@Repository
class NotificationRepository {
    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A recipient: user name and, when the user gave one, the e-mail address for notifications. */
    record Recipient(String username, String email) {
    }

    /** Adds a notification for every enabled user except the given ones; returns who got it. */
    List<Recipient> insertForTeam(NotificationKind kind, String title, String link, Collection<String> except) {
        String[] excluded = except.toArray(String[]::new);
        return jdbc.sql("""
                with team as (select id, username from app_user where enabled and not (username = any(:except))),
                     added as (insert into notification (user_id, kind, title, link)
                               select id, :kind, :title, :link from team returning user_id)
                select t.username, a.email from team t left join notification_address a on a.user_id = t.id
                order by t.username""")
                .param("except", excluded).param("kind", kind.name()).param("title", title).param("link", link)
                .query((rs, n) -> new Recipient(rs.getString("username"), rs.getString("email"))).list();
    }

    /** Adds a notification for one enabled user; empty when there is no such user. */
    Optional<Recipient> insertFor(String username, NotificationKind kind, String title, String link) {
        return jdbc.sql("""
                with target as (select id, username from app_user where enabled and username = :username),
                     added as (insert into notification (user_id, kind, title, link)
                               select id, :kind, :title, :link from target returning user_id)
                select t.username, a.email from target t left join notification_address a on a.user_id = t.id""")
                .param("username", username).param("kind", kind.name()).param("title", title).param("link", link)
                .query((rs, n) -> new Recipient(rs.getString("username"), rs.getString("email"))).optional();
    }

    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = ? and read_at is null").param(userId)
                .query(Integer.class).single();
    }

    List<Notification> of(long userId, int limit) {
        return jdbc.sql("select * from notification where user_id = ? order by created_at desc, id desc limit ?")
                .params(userId, limit)
                .query((rs, n) -> new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("read_at"))))
                .list();
    }

    /** Marks one notification read; only the recipient's own. Returns its link, when it was theirs. */
    Optional<String> markRead(long userId, long id, Instant now) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?"
                        + " returning link")
                .params(Timestamp.from(now), id, userId).query(String.class).optional();
    }

    void markAllRead(long userId, Instant now) {
        jdbc.sql("update notification set read_at = ? where user_id = ? and read_at is null")
                .params(Timestamp.from(now), userId).update();
    }

    Optional<String> address(long userId) {
        return jdbc.sql("select email from notification_address where user_id = ?").param(userId)
                .query(String.class).optional();
    }

    void setAddress(long userId, String email) {
        jdbc.sql("""
                insert into notification_address (user_id, email) values (?, ?)
                on conflict (user_id) do update set email = excluded.email, changed_at = now()""")
                .params(userId, email).update();
    }

    void removeAddress(long userId) {
        jdbc.sql("delete from notification_address where user_id = ?").param(userId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
