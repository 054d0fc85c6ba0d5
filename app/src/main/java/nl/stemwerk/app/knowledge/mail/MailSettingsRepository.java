package nl.stemwerk.app.knowledge.mail;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code mail_settings}: one row, or none until the beheerder fills in the form. */
@Repository
class MailSettingsRepository {
    private final JdbcClient jdbc;

    MailSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MailSettings> find() {
        return jdbc.sql("select * from mail_settings where id = 1")
                .query((rs, n) -> new MailSettings(rs.getString("host"), rs.getInt("port"), rs.getString("sender"),
                        MailSecurity.valueOf(rs.getString("security")), rs.getString("username"),
                        rs.getString("password"), rs.getBoolean("enabled"), rs.getString("changed_by"),
                        rs.getTimestamp("changed_at").toInstant()))
                .optional();
    }

    void save(MailSettings s, String actor) {
        jdbc.sql("""
                insert into mail_settings (id, host, port, sender, security, username, password, enabled, changed_by)
                values (1, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set host = excluded.host, port = excluded.port, sender = excluded.sender,
                    security = excluded.security, username = excluded.username, password = excluded.password,
                    enabled = excluded.enabled, changed_by = excluded.changed_by, changed_at = now()""")
                .params(s.host(), s.port(), s.sender(), s.security().name(), s.username(), s.password(), s.enabled(),
                        actor)
                .update();
    }
}
