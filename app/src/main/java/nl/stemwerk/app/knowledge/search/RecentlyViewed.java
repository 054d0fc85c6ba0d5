package nl.stemwerk.app.knowledge.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.stemwerk.knowledge.search.DocumentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kennisbank pages a user opened, newest first, so they can find them again ("recent bekeken"). Personal
 * navigation, like a browser's history: not in the audit log.
 */
@Service
public class RecentlyViewed {
    /** How many pages are kept per user. */
    static final int KEEP = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    RecentlyViewed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page a user opened. */
    public record Viewed(DocumentKind kind, String id, Instant viewedAt) {
        public String link() {
            return KnowledgeLinks.of(kind, id);
        }
    }

    @Transactional
    public void record(long userId, DocumentKind kind, String id) {
        jdbc.sql("""
                insert into knowledge_recent_view (user_id, kind, item_id, viewed_at) values (?, ?, ?, ?)
                on conflict (user_id, kind, item_id) do update set viewed_at = excluded.viewed_at""")
                .params(userId, kind.name(), id, Timestamp.from(clock.instant())).update();
        jdbc.sql("""
                delete from knowledge_recent_view where user_id = :user and (kind, item_id) not in (
                    select kind, item_id from knowledge_recent_view where user_id = :user
                    order by viewed_at desc limit :keep)""")
                .param("user", userId).param("keep", KEEP).update();
    }

    public List<Viewed> of(long userId, int limit) {
        return jdbc.sql("select kind, item_id, viewed_at from knowledge_recent_view where user_id = ?"
                        + " order by viewed_at desc limit ?")
                .params(userId, limit)
                .query((rs, n) -> new Viewed(DocumentKind.valueOf(rs.getString("kind")), rs.getString("item_id"),
                        rs.getTimestamp("viewed_at").toInstant()))
                .list();
    }
}
