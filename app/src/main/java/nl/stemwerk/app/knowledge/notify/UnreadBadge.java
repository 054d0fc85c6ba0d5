package nl.stemwerk.app.knowledge.notify;

import nl.stemwerk.app.platform.web.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notifications for the badge in every page's header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadBadge {
    private static final Logger LOG = LoggerFactory.getLogger(UnreadBadge.class);

    private final NotificationService notifications;

    UnreadBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Integer unread() {
        try {
            return CurrentUser.get().map(notifications::unread).orElse(0);
        } catch (DataAccessException e) {
            // the error page itself must still render when the database is away
            LOG.debug("Ongelezen meldingen niet te tellen", e);
            return 0;
        }
    }
}
