package nl.stemwerk.app.knowledge.notify;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.knowledge.mail.MailOutbox;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.security.StemwerkUser;
import nl.stemwerk.app.platform.web.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies team members in the app (the badge in the header and the notifications page) and, for those who gave an
 * address, by e-mail once the change that caused it has committed. The team is every enabled account: the whole
 * election team sees every question and answer, not split by function level.
 */
@Service
public class NotificationService {
    public static final int PAGE = 50;
    private static final String ADDRESS = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private final NotificationRepository notifications;
    private final MailOutbox outbox;
    private final ChangeService changes;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailOutbox outbox, ChangeService changes, Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * What to tell: the title in the app, and the subject and text of the e-mail.
     *
     * @param link the page within Stemwerk, e.g. {@code /kennisbank/informatiepunt/12}
     */
    public record Message(NotificationKind kind, String title, String link, String mailText) {
    }

    /** Notifies every team member except {@code except}; call inside the transaction of the change. */
    @Transactional
    public void notifyTeam(Message message, Collection<String> except) {
        List<NotificationRepository.Recipient> recipients =
                notifications.insertForTeam(message.kind(), clip(message.title()), message.link(), except);
        mail(recipients, message);
    }

    /** Notifies one user; call inside the transaction of the change. */
    @Transactional
    public void notifyUser(String username, Message message) {
        notifications.insertFor(username, message.kind(), clip(message.title()), message.link())
                .ifPresent(recipient -> mail(List.of(recipient), message));
    }

    public int unread(StemwerkUser user) {
        return notifications.unread(user.id());
    }

    public List<Notification> of(StemwerkUser user) {
        return notifications.of(user.id(), PAGE);
    }

    /** Marks one of the user's own notifications read; returns the page it points to. */
    public Optional<String> open(StemwerkUser user, long id) {
        return notifications.markRead(user.id(), id, clock.instant());
    }

    public void markAllRead(StemwerkUser user) {
        notifications.markAllRead(user.id(), clock.instant());
    }

    public Optional<String> address(StemwerkUser user) {
        return notifications.address(user.id());
    }

    /** The user's own address for e-mail copies; empty removes it. Audited without the address itself. */
    public void changeAddress(StemwerkUser user, String email) {
        String address = email == null ? "" : email.trim();
        if (!address.isEmpty() && (!address.matches(ADDRESS) || address.length() > 254)) {
            throw InvalidInput.of("email", "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl, of laat"
                    + " het veld leeg.");
        }
        changes.apply(new Change("melding.e-mailadres-gewijzigd", "gebruiker:" + user.username(),
                Map.of("ingevuld", !address.isEmpty())), () -> {
                    if (address.isEmpty()) {
                        notifications.removeAddress(user.id());
                    } else {
                        notifications.setAddress(user.id(), address);
                    }
                });
    }

    private void mail(List<NotificationRepository.Recipient> recipients, Message message) {
        outbox.sendAfterCommit(recipients.stream().filter(r -> r.email() != null)
                .map(r -> new MailOutbox.Mail(r.email(), "[Stemwerk] " + message.title(), message.mailText()))
                .toList());
    }

    private static String clip(String title) {
        return title.length() > 300 ? title.substring(0, 299) + "…" : title;
    }
}
