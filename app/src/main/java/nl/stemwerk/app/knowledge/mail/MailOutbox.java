package nl.stemwerk.app.knowledge.mail;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail through the SMTP server in {@link MailSettings}, after the change that caused it has committed and
 * outside the request, so a slow or broken mail server never holds up or undoes a user's action. Every attempt is
 * recorded in {@code mail_delivery}. The password is given to Jakarta Mail only; problems are logged without it.
 */
@Component
public class MailOutbox implements DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(MailOutbox.class);
    private static final String TIMEOUT_MILLIS = "15000";

    private final MailSettingsRepository settings;
    private final JdbcClient jdbc;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    MailOutbox(MailSettingsRepository settings, JdbcClient jdbc) {
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** One plain-text e-mail. */
    public record Mail(String to, String subject, String text) {
    }

    /** Sends after the current transaction commits, and not at all when it rolls back; at once outside one. */
    public void sendAfterCommit(List<Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.submit(() -> deliver(mails));
                }
            });
        } else {
            executor.submit(() -> deliver(mails));
        }
    }

    private void deliver(List<Mail> mails) {
        for (Mail mail : mails) {
            try {
                send(mail);
            } catch (RuntimeException e) {
                LOG.error("E-mail aan {} niet verzonden en niet vastgelegd", mail.to(), e);
            }
        }
    }

    /** Sends now and records how it went: for the beheerder's test message. */
    public MailDelivery send(Mail mail) {
        Optional<MailSettings> configured = settings.find().filter(MailSettings::enabled);
        if (configured.isEmpty()) {
            return record(mail, false, "E-mail staat uit of is nog niet ingesteld.");
        }
        MailSettings smtp = configured.get();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(smtp.sender());
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.text());
            sender(smtp).send(message);
            return record(mail, true, "");
        } catch (MailException | IllegalArgumentException e) {
            String problem = withoutPassword(describe(e), smtp);
            LOG.warn("E-mail aan {} niet verzonden via {}:{}: {}", mail.to(), smtp.host(), smtp.port(), problem);
            return record(mail, false, problem);
        }
    }

    public List<MailDelivery> recent(int limit) {
        return jdbc.sql("select * from mail_delivery order by created_at desc, id desc limit ?").param(limit)
                .query((rs, n) -> new MailDelivery(rs.getString("recipient"), rs.getString("subject"),
                        rs.getBoolean("sent"), rs.getString("problem"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }

    static JavaMailSenderImpl sender(MailSettings smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        String protocol = smtp.security() == MailSecurity.SMTPS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        sender.setDefaultEncoding("UTF-8");
        if (smtp.hasLogin()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        Properties properties = sender.getJavaMailProperties();
        String prefix = "mail." + protocol + ".";
        properties.setProperty(prefix + "auth", String.valueOf(smtp.hasLogin()));
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
        // the protocol trace would contain the login; it must never reach a log
        properties.setProperty("mail.debug", "false");
        if (smtp.security() == MailSecurity.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (smtp.security() != MailSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        return sender;
    }

    private MailDelivery record(Mail mail, boolean sent, String problem) {
        String subject = mail.subject().length() > 300 ? mail.subject().substring(0, 300) : mail.subject();
        jdbc.sql("insert into mail_delivery (recipient, subject, sent, problem) values (?, ?, ?, ?)")
                .params(mail.to(), subject, sent, problem).update();
        return new MailDelivery(mail.to(), subject, sent, problem, null);
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && text.length() < 500; cause = cause.getCause()) {
            text.append(" – ").append(cause.getMessage());
        }
        return text.length() > 500 ? text.substring(0, 500) : text.toString();
    }

    /** The server's message could in theory echo what it was sent; the password never goes further than here. */
    static String withoutPassword(String text, MailSettings smtp) {
        return smtp.hasPassword() ? text.replace(smtp.password(), "(verborgen)") : text;
    }
}
