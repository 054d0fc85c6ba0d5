package nl.stemwerk.app.budget.votingcode;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA-256 of {@code "stemcode/v1:" + target + ":" + code} with the server's {@link VotingCodeKey}. Deterministic,
 * so a typed code is found by its hash with a unique index, without keeping the code. Without the key the hashes
 * cannot be tested at all; with the key stolen too, an attacker still has to search 2^60 codes per target.
 */
@Component
public class VotingCodeHasher {
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public VotingCodeHasher(VotingCodeKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    }

    public byte[] hash(VoteTarget target, VotingCode code) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(("stemcode/v1:" + target.subject() + ":" + code.value())
                    .getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
