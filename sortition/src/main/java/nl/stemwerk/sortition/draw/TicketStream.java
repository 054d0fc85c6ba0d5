package nl.stemwerk.sortition.draw;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import nl.stemwerk.sortition.internal.Sha256;

/**
 * The random numbers of a draw: SHA-256 in counter mode. Block i is
 * {@code SHA-256("stemwerk-sortition-draw\n" + resultHash + "\n" + seedDigits + "\n" + i)} (i written in decimal,
 * from 0, UTF-8); each block gives four unsigned 64-bit numbers, big-endian. Anyone can recompute it with any
 * SHA-256 tool, and it depends on both the published lottery and the public seed.
 */
public final class TicketStream {
    private final String prefix;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    public TicketStream(String resultHash, PublicSeed seed) {
        this.prefix = "stemwerk-sortition-draw\n" + resultHash + "\n" + seed.digits() + "\n";
    }

    /** The next unsigned 64-bit number. */
    public long nextLong() {
        if (!block.hasRemaining()) {
            byte[] input = (prefix + counter++).getBytes(StandardCharsets.UTF_8);
            block = ByteBuffer.wrap(Sha256.digest(input));
        }
        return block.getLong();
    }

    /**
     * A uniform number in [0, bound): numbers from the top of the 64-bit range that would favour small results
     * are skipped (rejection sampling), so every result is exactly equally likely.
     */
    public long nextBelow(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long excess = (Long.remainderUnsigned(-1L, bound) + 1) % bound;
        // Accept u < 2^64 - excess; written unsigned, that bound is -excess (and everything when excess is 0).
        long value = nextLong();
        while (excess != 0 && Long.compareUnsigned(value, -excess) >= 0) {
            value = nextLong();
        }
        return Long.remainderUnsigned(value, bound);
    }
}
