package nl.stemwerk.app.knowledge.mail;

import java.time.Instant;

/**
 * The SMTP server the beheerder configured. {@link #toString()} leaves the password out, so that logging this
 * record can never show it.
 *
 * @param sender   the From address, e.g. {@code verkiezingen@gemeente.nl}
 * @param username empty when the server needs no login
 * @param password empty when the server needs no login; never shown, never logged, never audited
 * @param enabled  whether e-mail is sent at all
 */
public record MailSettings(String host, int port, String sender, MailSecurity security, String username,
                           String password, boolean enabled, String changedBy, Instant changedAt) {

    public boolean hasLogin() {
        return !username.isEmpty();
    }

    public boolean hasPassword() {
        return !password.isEmpty();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", sender=" + sender + ", security=" + security
                + ", username=" + username + ", password=" + (hasPassword() ? "(verborgen)" : "(geen)")
                + ", enabled=" + enabled + "]";
    }
}
