package nl.stemwerk.app.platform.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.stemwerk.app.platform.security.Role;
import nl.stemwerk.app.users.UserService;
import org.springframework.stereotype.Component;

/** One demo account per role; the password is "demo-" plus the user name. Only ever created in demo mode. */
@Component
public class DemoAccounts implements DemoSeedStep {
    public static final List<Account> ACCOUNTS = List.of(
            new Account("beheerder", "Bea Beheerder", EnumSet.of(Role.BEHEERDER)),
            new Account("coordinator", "Cor Coördinator", EnumSet.of(Role.COORDINATOR)),
            new Account("invoerder1", "Ivo Invoerder", EnumSet.of(Role.INVOERDER)),
            new Account("invoerder2", "Ine Invoerder", EnumSet.of(Role.INVOERDER)),
            new Account("gsb-voorzitter", "Gijs Voorzitter", EnumSet.of(Role.GSB_VOORZITTER)),
            new Account("gsb-lid", "Greet Lid", EnumSet.of(Role.GSB_LID)),
            new Account("csb", "Carla CSB", EnumSet.of(Role.CSB)),
            new Account("griffie", "Gert Griffier", EnumSet.of(Role.GRIFFIE)),
            new Account("kennisbeheerder", "Karin Kennis", EnumSet.of(Role.KENNISBEHEERDER)),
            new Account("raadpleger", "Rik Raadpleger", EnumSet.of(Role.RAADPLEGER)));

    private final UserService users;

    public DemoAccounts(UserService users) {
        this.users = users;
    }

    @Override
    public String id() {
        return "platform.demo-accounts";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public void seed() {
        for (Account account : ACCOUNTS) {
            users.createWithPassword(account.username(), account.displayName(), account.roles(), account.password(), false);
        }
    }

    /** A demo account; its password is public, which is why production mode refuses it. */
    public record Account(String username, String displayName, Set<Role> roles) {
        public String password() {
            return "demo-" + username;
        }
    }
}
