package nl.stemwerk.eml.hash;

/**
 * The xoshiro256++ generator of Blackman and Vigna, seeded and sampled exactly as the Rust crate rand 0.10 does
 * for its {@code SmallRng} on a 64-bit machine. Abacus uses that to choose which hash groups to blank, so the
 * same file must give the same choice here. Not for anything that needs unpredictable numbers.
 *
 * @see <a href="https://prng.di.unimi.it/xoshiro256plusplus.c">the reference implementation</a>
 */
final class Xoshiro256PlusPlus {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final long UNSIGNED_INT_MASK = 0xFFFF_FFFFL;

    private final long[] state = new long[4];

    /** Seeds from 32 bytes read as four little-endian 64-bit words, as rand's {@code from_seed}. */
    static Xoshiro256PlusPlus fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("A xoshiro256++ seed has 32 bytes, not " + seed.length);
        }
        Xoshiro256PlusPlus rng = new Xoshiro256PlusPlus();
        boolean allZero = true;
        for (int word = 0; word < 4; word++) {
            long value = 0;
            for (int b = 7; b >= 0; b--) {
                value = (value << 8) | (seed[word * 8 + b] & 0xFF);
            }
            rng.state[word] = value;
            allZero &= value == 0;
        }
        return allZero ? fromLong(0) : rng;
    }

    /** Seeds through SplitMix64, as rand's {@code seed_from_u64}; rand also uses it for an all-zero seed. */
    static Xoshiro256PlusPlus fromLong(long seed) {
        Xoshiro256PlusPlus rng = new Xoshiro256PlusPlus();
        long z = seed;
        for (int word = 0; word < 4; word++) {
            z += GOLDEN_GAMMA;
            long mixed = z;
            mixed = (mixed ^ (mixed >>> 30)) * 0xbf58476d1ce4e5b9L;
            mixed = (mixed ^ (mixed >>> 27)) * 0x94d049bb133111ebL;
            rng.state[word] = mixed ^ (mixed >>> 31);
        }
        return rng;
    }

    long nextLong() {
        long[] s = state;
        long result = Long.rotateLeft(s[0] + s[3], 23) + s[0];
        long t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = Long.rotateLeft(s[3], 45);
        return result;
    }

    /** rand's {@code next_u32} for this generator: the upper half, whose bits are the better ones. */
    long nextUnsignedInt() {
        return nextLong() >>> 32;
    }

    /**
     * A number in {@code [low, highExclusive)}, as rand 0.10's {@code random_range} on a {@code usize} range below
     * 2^32: one 32-bit sample widened by multiplication, plus one more sample to reduce the bias when the first
     * lands in the last partial zone.
     */
    int nextInRange(int low, int highExclusive) {
        long range = (long) highExclusive - low;
        if (range < 1 || range > UNSIGNED_INT_MASK) {
            throw new IllegalArgumentException("Empty or too large range [" + low + ", " + highExclusive + ")");
        }
        long product = nextUnsignedInt() * range;
        long result = product >>> 32;
        long lowOrder = product & UNSIGNED_INT_MASK;
        if (lowOrder > ((-range) & UNSIGNED_INT_MASK)) {
            long newHighOrder = (nextUnsignedInt() * range) >>> 32;
            if (lowOrder + newHighOrder > UNSIGNED_INT_MASK) {
                result++;
            }
        }
        return (int) (low + result);
    }
}
