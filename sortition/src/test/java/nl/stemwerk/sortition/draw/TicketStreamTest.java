package nl.stemwerk.sortition.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketStreamTest {
    private static final String HASH = "ab".repeat(32);

    /**
     * Independent check of the documented stream: computed with Python's hashlib,
     * {@code sha256(b"stemwerk-sortition-draw\n" + HASH + b"\n123456\n0")} and block 1, read as unsigned
     * big-endian 64-bit numbers.
     */
    @Test
    void theStreamIsSha256InCounterModeAsDocumented() {
        TicketStream stream = new TicketStream(HASH, new PublicSeed("123456"));

        assertThat(new long[] {stream.nextLong(), stream.nextLong(), stream.nextLong(), stream.nextLong(),
                stream.nextLong()}).containsExactly(Long.parseUnsignedLong("15094758497834608328"),
                7217944903456685956L, Long.parseUnsignedLong("10237284979011866956"),
                Long.parseUnsignedLong("13654017958599987482"), 2308602554319325565L);
    }

    @Test
    void numbersBelowABoundAreTheRemaindersWhenNothingNeedsRejecting() {
        TicketStream stream = new TicketStream(HASH, new PublicSeed("123456"));

        assertThat(new long[] {stream.nextBelow(1000), stream.nextBelow(1000), stream.nextBelow(1000),
                stream.nextBelow(1000), stream.nextBelow(1000)}).containsExactly(328, 956, 956, 482, 565);
    }

    @Test
    void aLargeBoundRejectsTheTopOfTheRangeAndStaysBelowTheBound() {
        // With bound 2^62 + 1 the top quarter of all 64-bit numbers is rejected; the rest falls in [0, bound).
        long bound = (1L << 62) + 1;
        TicketStream stream = new TicketStream(HASH, new PublicSeed("987654321"));
        for (int i = 0; i < 200; i++) {
            assertThat(stream.nextBelow(bound)).isNotNegative().isLessThan(bound);
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        TicketStream first = new TicketStream(HASH, new PublicSeed("000001"));
        TicketStream again = new TicketStream(HASH, new PublicSeed("000001"));
        TicketStream other = new TicketStream(HASH, new PublicSeed("000002"));

        long value = first.nextLong();
        assertThat(again.nextLong()).isEqualTo(value);
        assertThat(other.nextLong()).isNotEqualTo(value);
    }
}
