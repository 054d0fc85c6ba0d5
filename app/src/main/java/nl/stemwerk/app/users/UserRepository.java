package nl.stemwerk.app.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.platform.security.StemwerkUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code app_user} with {@code user_role}. */
@Repository
public class UserRepository {
    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StemwerkUser> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username)
                .query((rs, n) -> new StemwerkUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"), Set.of()))
                .optional()
                .map(user -> new StemwerkUser(user.id(), user.username(), user.displayName(), user.passwordHash(),
                        user.enabled(), user.mustChangePassword(), rolesOf(user.id())));
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() > 0;
    }

    public List<UserSummary> list() {
        List<UserSummary> users = jdbc.sql("""
                select u.id, u.username, u.display_name, u.enabled, u.must_change_password, u.created_at,
                       coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                from app_user u left join user_role r on r.user_id = u.id
                group by u.id order by u.username""")
                .query((rs, n) -> new UserSummary(rs.getString("username"), rs.getString("display_name"),
                        parseRoles(rs.getString("roles")), rs.getBoolean("enabled"),
                        rs.getBoolean("must_change_password"), rs.getTimestamp("created_at").toInstant()))
                .list();
        return users;
    }

    public long insert(String username, String displayName, String passwordHash, boolean mustChangePassword, Set<Role> roles) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, password_hash, must_change_password)
                values (?, ?, ?, ?) returning id""")
                .params(username, displayName, passwordHash, mustChangePassword)
                .query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    public void updatePassword(long userId, String passwordHash, boolean mustChangePassword) {
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = ?, password_changed_at = now()
                where id = ?""").params(passwordHash, mustChangePassword, userId).update();
    }

    public void updateEnabled(long userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    private Set<Role> rolesOf(long userId) {
        List<String> names = jdbc.sql("select role from user_role where user_id = ?").param(userId).query(String.class).list();
        return parseRoles(String.join(",", names));
    }

    private static Set<Role> parseRoles(String csv) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : csv.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name));
            }
        }
        return roles;
    }
}
