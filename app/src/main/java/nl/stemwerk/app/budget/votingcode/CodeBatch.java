package nl.stemwerk.app.budget.votingcode;

import java.time.Instant;

/**
 * A batch of voting codes, printed as one PDF of letters.
 *
 * @param id        database id
 * @param size      how many codes (letters)
 * @param per       one code per household or per resident
 * @param createdBy who made it
 * @param createdAt when
 * @param withdrawn withdrawn codes can no longer vote (a lost or wrongly printed batch)
 * @param used      how many of its codes have voted
 */
public record CodeBatch(long id, int size, Per per, String createdBy, Instant createdAt, boolean withdrawn,
                        long used) {
    /** Who a letter is for. */
    public enum Per {
        HOUSEHOLD, RESIDENT
    }
}
