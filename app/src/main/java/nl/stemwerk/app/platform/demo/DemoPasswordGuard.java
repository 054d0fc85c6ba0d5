package nl.stemwerk.app.platform.demo;

import java.util.List;
import nl.stemwerk.app.platform.cli.ExitCodes;
import nl.stemwerk.app.platform.cli.StartupProblem;
import nl.stemwerk.app.users.UserRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** In production, no enabled account may still have its public demo password. */
@Component
public class DemoPasswordGuard {
    private final UserRepository users;
    private final PasswordEncoder encoder;

    public DemoPasswordGuard(UserRepository users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public void refuseDemoPasswords() {
        List<String> unsafe = DemoAccounts.ACCOUNTS.stream()
                .filter(account -> users.findByUsername(account.username())
                        .filter(user -> user.enabled() && encoder.matches(account.password(), user.passwordHash()))
                        .isPresent())
                .map(DemoAccounts.Account::username)
                .toList();
        if (!unsafe.isEmpty()) {
            throw new StartupProblem(ExitCodes.ENVIRONMENT, "Productiemodus weigert te starten: de account(s) "
                    + String.join(", ", unsafe) + " hebben nog een demowachtwoord. Blokkeer ze of geef ze een nieuw wachtwoord.");
        }
    }
}
