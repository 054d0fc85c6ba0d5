package nl.stemwerk.app.knowledge;

import java.util.Map;
import java.util.stream.Collectors;
import nl.stemwerk.app.users.UserService;
import nl.stemwerk.app.users.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Display names for the user names stored with a change, for pages: {@code ${@kbPeople.names()}}. A name that is
 * not an account (such as {@code systeem}) is shown as it is.
 */
@Component("kbPeople")
public class KnowledgePeople {
    private final UserService users;

    KnowledgePeople(UserService users) {
        this.users = users;
    }

    public Map<String, String> names() {
        return users.list().stream().collect(Collectors.toMap(UserSummary::username, UserSummary::displayName));
    }
}
