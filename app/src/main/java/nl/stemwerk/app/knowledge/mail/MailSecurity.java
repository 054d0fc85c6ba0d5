package nl.stemwerk.app.knowledge.mail;

/** How the connection to the SMTP server is protected. */
public enum MailSecurity {
    /** No encryption: only for a server inside the municipality's own network. */
    NONE,
    /** Plain connection upgraded with STARTTLS, usually port 587; refused when the server cannot upgrade. */
    STARTTLS,
    /** TLS from the first byte (SMTPS), usually port 465. */
    SMTPS
}
