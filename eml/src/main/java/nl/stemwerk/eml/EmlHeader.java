package nl.stemwerk.eml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every EML_NL message starts with.
 *
 * @param transactionId    {@code TransactionId}, "1" in files of the Kiesraad's software
 * @param authority        {@code ManagingAuthority}, absent in some 110a files
 * @param issueDate        {@code IssueDate}, when present
 * @param creationDateTime {@code kr:CreationDateTime} as written (an xs:dateTime, e.g. "2022-03-17T01:32:49.834")
 */
public record EmlHeader(String transactionId, Optional<Authority> authority, Optional<LocalDate> issueDate,
                        String creationDateTime) {
    private static final DateTimeFormatter CREATION_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

    public EmlHeader {
        Objects.requireNonNull(transactionId, "transactionId");
        authority = authority == null ? Optional.empty() : authority;
        issueDate = issueDate == null ? Optional.empty() : issueDate;
        creationDateTime = creationDateTime == null ? "" : creationDateTime;
    }

    /**
     * A header for a file Stemwerk writes, without issue date (a 230b, which needs one, then gets the day of
     * creation). The library has no clock: the caller passes the moment of creation, so that the same input
     * always gives the same file.
     */
    public static EmlHeader of(Authority authority, LocalDateTime created) {
        Objects.requireNonNull(created, "created");
        return new EmlHeader("1", Optional.of(authority), Optional.empty(),
                CREATION_FORMAT.format(created.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** The issue date, or else the day of creation. */
    public LocalDate issueDateOrCreationDay() {
        return issueDate.orElseGet(() -> LocalDate.parse(creationDateTime.substring(0, 10)));
    }
}
