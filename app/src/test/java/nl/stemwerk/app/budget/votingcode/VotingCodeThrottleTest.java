package nl.stemwerk.app.budget.votingcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VotingCodeThrottleTest {
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-05-04T09:00:00Z"));
    private final VotingCodeThrottle throttle = new VotingCodeThrottle(clock, 3, 10, Duration.ofMinutes(15));

    @Test
    void threeWrongCodesFromOneAddressBlockThatAddressButNotAnother() {
        throttle.failed("198.51.100.1");
        throttle.failed("198.51.100.1");
        assertThat(throttle.isBlocked("198.51.100.1")).isFalse();

        throttle.failed("198.51.100.1");

        assertThat(throttle.isBlocked("198.51.100.1")).isTrue();
        assertThat(throttle.isBlocked("198.51.100.2")).isFalse();
    }

    @Test
    void theBlockOfAnAddressEndsWhenTheWindowHasPassedSinceItsLastWrongCode() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("198.51.100.1");
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isBlocked("198.51.100.1")).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isBlocked("198.51.100.1")).isFalse();
    }

    @Test
    void wrongCodesSpreadOverManyAddressesBlockEveryoneOnceTheGlobalLimitIsReached() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("203.0.113." + i);
        }
        assertThat(throttle.isBlocked("192.0.2.200")).isFalse();

        throttle.failed("203.0.113.99");

        assertThat(throttle.isBlocked("192.0.2.200")).isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isBlocked("192.0.2.200")).isFalse();
    }

    /** A clock the test moves forward by hand. */
    private static final class SteppedClock extends Clock {
        private Instant now;

        SteppedClock(Instant start) {
            now = start;
        }

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
