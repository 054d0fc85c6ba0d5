package nl.stemwerk.app.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-18T07:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresForOneNameBlockThatNameButNotOthers() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("Jansen", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("jansen", "10.0.0.99")).isFalse();
        throttle.failed("jansen", "10.0.0.5");
        assertThat(throttle.isBlocked("JANSEN ", "10.0.0.99")).isTrue();
        assertThat(throttle.isBlocked("pietersen", "10.0.0.99")).isFalse();
    }

    @Test
    void theBlockEndsWhenTheWindowHasPassedSinceTheLastFailure() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("jansen", null);
        }
        clock.advance(LoginThrottle.WINDOW.minusSeconds(1));
        assertThat(throttle.isBlocked("jansen", null)).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("jansen", null)).isFalse();
    }

    @Test
    void manyFailuresFromOneAddressBlockThatAddressForEveryName() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("naam" + i, "192.0.2.7");
        }
        assertThat(throttle.isBlocked("nog-een-naam", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("nog-een-naam", "192.0.2.8")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheNameCounter() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jansen", null);
        }
        throttle.succeeded("jansen");
        throttle.failed("jansen", null);
        assertThat(throttle.isBlocked("jansen", null)).isFalse();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
