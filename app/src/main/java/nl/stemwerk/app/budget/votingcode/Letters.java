package nl.stemwerk.app.budget.votingcode;

import java.time.LocalDate;
import java.util.List;

/**
 * The voting-code letters of one batch: the same text for everyone, one code (and optionally one address) each.
 *
 * @param municipality the sender
 * @param subject      the subject line, e.g. "Uw stemcode voor de Burgerbegroting 2026"
 * @param intro        what the vote is about, one or two sentences
 * @param choose       what to do on the voting page, one sentence (step 3)
 * @param address      where to vote, e.g. https://stemwerk.example.nl/publiek/begrotingen/3
 * @param closes       the last day of voting, or {@code null}
 * @param per          household or resident
 * @param date         the date on the letter
 * @param codes        one code per letter
 * @param recipients   address lines per letter, parallel to {@code codes}; empty for letters without address
 */
public record Letters(String municipality, String subject, String intro, String choose, String address,
                      LocalDate closes, CodeBatch.Per per, LocalDate date, List<VotingCode> codes,
                      List<List<String>> recipients) {
    public Letters {
        codes = List.copyOf(codes);
        recipients = recipients.stream().map(List::copyOf).toList();
        if (!recipients.isEmpty() && recipients.size() != codes.size()) {
            throw new IllegalArgumentException("one address per code");
        }
    }
}
