package nl.stemwerk.app.knowledge.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.stemwerk.knowledge.model.Topic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code desk_question}, {@code desk_answer} (append-only) and {@code desk_faq}. */
@Repository
class DeskRepository {
    private static final String SELECT = """
            select q.*, asker.display_name as asked_by_name, a.version, a.answer, a.answered_by, a.answered_at,
                   answerer.display_name as answered_by_name, f.faq_id
            from desk_question q
            join app_user asker on asker.username = q.asked_by
            left join lateral (select * from desk_answer where question_id = q.id order by version desc limit 1) a
                on true
            left join app_user answerer on answerer.username = a.answered_by
            left join desk_faq f on f.question_id = q.id
            """;

    private final JdbcClient jdbc;

    DeskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertQuestion(String askedBy, String title, String details, Topic topic, boolean acknowledged) {
        return jdbc.sql("insert into desk_question (asked_by, title, details, topic, acknowledged)"
                        + " values (?, ?, ?, ?, ?) returning id")
                .params(askedBy, title, details, topic.name(), acknowledged).query(Long.class).single();
    }

    void insertAnswer(long questionId, int version, String answer, String answeredBy) {
        jdbc.sql("insert into desk_answer (question_id, version, answer, answered_by) values (?, ?, ?, ?)")
                .params(questionId, version, answer, answeredBy).update();
    }

    void linkFaq(long questionId, String faqId, String madeBy) {
        jdbc.sql("""
                insert into desk_faq (question_id, faq_id, made_by) values (?, ?, ?)
                on conflict (question_id) do update set faq_id = excluded.faq_id, made_by = excluded.made_by,
                    made_at = now()""")
                .params(questionId, faqId, madeBy).update();
    }

    Optional<DeskQuestion> find(long id) {
        return jdbc.sql(SELECT + " where q.id = ?").param(id).query(DeskRepository::row).optional();
    }

    List<DeskQuestion> all() {
        return jdbc.sql(SELECT + " order by q.asked_at desc, q.id desc").query(DeskRepository::row).list();
    }

    /** Answered questions that did not become a FAQ entry: those are searched as desk answers. */
    List<DeskQuestion> published() {
        return jdbc.sql(SELECT + " where a.version is not null and f.faq_id is null order by q.id")
                .query(DeskRepository::row).list();
    }

    private static DeskQuestion row(ResultSet rs, int n) throws SQLException {
        Optional<DeskQuestion.Answer> answer = rs.getObject("version") == null ? Optional.empty()
                : Optional.of(new DeskQuestion.Answer(rs.getInt("version"), rs.getString("answer"),
                        rs.getString("answered_by"), rs.getString("answered_by_name"),
                        rs.getTimestamp("answered_at").toInstant()));
        return new DeskQuestion(rs.getLong("id"), rs.getString("asked_by"), rs.getString("asked_by_name"),
                rs.getString("title"), rs.getString("details"), Topic.valueOf(rs.getString("topic")),
                rs.getTimestamp("asked_at").toInstant(), rs.getBoolean("acknowledged"), answer,
                Optional.ofNullable(rs.getString("faq_id")));
    }
}
