package nl.stemwerk.app.platform.audit;

import java.time.Instant;

/**
 * One row of the append-only audit log: who did what to which subject, when, with the canonical JSON of the
 * change, chained to the previous row by SHA-256.
 *
 * @param sequence   position in the chain, 1 for the first row
 * @param occurredAt when, to the microsecond (PostgreSQL's precision)
 * @param actor      user name, or "systeem" for Stemwerk itself
 * @param action     what happened, e.g. "gebruiker.aangemaakt"
 * @param subject    what it happened to, e.g. "gebruiker:invoerder3"
 * @param details    canonical JSON of the change
 * @param previousHash hash of the previous row (64 zeros for the first)
 * @param hash       SHA-256 over the previous hash and this row's fields
 */
public record AuditEntry(long sequence, Instant occurredAt, String actor, String action, String subject,
                         String details, String previousHash, String hash) {
}
