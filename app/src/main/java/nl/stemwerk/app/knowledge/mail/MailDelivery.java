package nl.stemwerk.app.knowledge.mail;

import java.time.Instant;

/**
 * One e-mail Stemwerk tried to send.
 *
 * @param problem why it was not sent, in the mail server's words; empty when it was sent
 */
public record MailDelivery(String recipient, String subject, boolean sent, String problem, Instant createdAt) {
}
