package nl.stemwerk.app.knowledge.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.stereotype.Service;

/**
 * The beheerder's SMTP settings. Saving is audited with every field except the password: the audit log only says
 * whether it changed.
 */
@Service
public class MailSettingsService {
    static final String ADDRESS = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String HOST = "^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$";

    private final MailSettingsRepository settings;
    private final ChangeService changes;

    MailSettingsService(MailSettingsRepository settings, ChangeService changes) {
        this.settings = settings;
        this.changes = changes;
    }

    public Optional<MailSettings> current() {
        return settings.find();
    }

    /** The form as the beheerder filled it in; an empty password keeps the stored one unless {@code clearPassword}. */
    public record Form(String host, String port, String sender, String security, String username, String password,
                       Boolean clearPassword, Boolean enabled) {
        /** An unticked checkbox is not sent at all: it means no. */
        public Form {
            clearPassword = Boolean.TRUE.equals(clearPassword);
            enabled = Boolean.TRUE.equals(enabled);
        }
    }

    public MailSettings save(Form form) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        String host = trim(form.host());
        if (!host.matches(HOST)) {
            problems.add("host", "Vul de naam van de mailserver in, bijvoorbeeld smtp.gemeente.nl.");
        }
        int port = port(form.port(), problems);
        String sender = trim(form.sender());
        if (!sender.matches(ADDRESS) || sender.length() > 254) {
            problems.add("sender", "Vul een geldig afzenderadres in, bijvoorbeeld verkiezingen@gemeente.nl.");
        }
        MailSecurity security = security(form.security(), problems);
        String username = trim(form.username());
        if (username.length() > 200) {
            problems.add("username", "De gebruikersnaam is te lang (hoogstens 200 tekens).");
        }
        String typed = form.password() == null ? "" : form.password();
        if (typed.length() > 200) {
            problems.add("password", "Het wachtwoord is te lang (hoogstens 200 tekens).");
        }
        problems.throwIfAny();
        String stored = current().map(MailSettings::password).orElse("");
        String password = form.clearPassword() || username.isEmpty() ? "" : typed.isEmpty() ? stored : typed;
        MailSettings next = new MailSettings(host, port, sender, security, username, password, form.enabled(),
                ChangeService.currentActor(), null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("server", host);
        details.put("poort", port);
        details.put("afzender", sender);
        details.put("beveiliging", security.name());
        details.put("gebruikersnaam", username);
        details.put("wachtwoordGewijzigd", !password.equals(stored));
        details.put("aan", form.enabled());
        changes.apply(new Change("e-mail.instellingen-gewijzigd", "e-mail:smtp", details),
                () -> settings.save(next, ChangeService.currentActor()));
        return current().orElseThrow();
    }

    private static int port(String text, InvalidInput.Collector problems) {
        try {
            int port = Integer.parseInt(trim(text));
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("port", "De poort is een getal van 1 tot 65535, meestal 587 (STARTTLS) of 465 (SMTPS).");
        return 0;
    }

    private static MailSecurity security(String text, InvalidInput.Collector problems) {
        try {
            return MailSecurity.valueOf(trim(text));
        } catch (IllegalArgumentException e) {
            problems.add("security", "Kies hoe de verbinding beveiligd is: STARTTLS, SMTPS of geen.");
            return MailSecurity.STARTTLS;
        }
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }
}
