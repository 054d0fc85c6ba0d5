package nl.stemwerk.app.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing. After {@value #MAX_FAILURES_PER_NAME} failed attempts for one user name, or
 * {@value #MAX_FAILURES_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused until
 * the window has passed. Names that do not exist are throttled exactly like names that do, so the throttle never
 * tells an attacker which accounts exist. Kept in memory: a restart clears it, which is acceptable because a
 * restart takes longer than the attacker gains.
 */
@Component
public class LoginThrottle {
    static final int MAX_FAILURES_PER_NAME = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Failures> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String username, String address) {
        Instant now = clock.instant();
        return blocked(byName.get(key(username)), MAX_FAILURES_PER_NAME, now)
                || (address != null && blocked(byAddress.get(address), MAX_FAILURES_PER_ADDRESS, now));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        byName.merge(key(username), new Failures(1, now), (old, one) -> old.plusOne(now));
        if (address != null) {
            byAddress.merge(address, new Failures(1, now), (old, one) -> old.plusOne(now));
        }
        if (byName.size() > 100_000) {
            byName.values().removeIf(f -> f.expired(now));
            byAddress.values().removeIf(f -> f.expired(now));
        }
    }

    public void succeeded(String username) {
        byName.remove(key(username));
    }

    /** Minutes until a blocked name or address may try again (rounded up, at least 1). */
    public long minutesBlocked() {
        return WINDOW.toMinutes();
    }

    private static boolean blocked(Failures failures, int max, Instant now) {
        return failures != null && !failures.expired(now) && failures.count() >= max;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
        Failures plusOne(Instant now) {
            return expired(now) ? new Failures(1, now) : new Failures(count + 1, now);
        }

        boolean expired(Instant now) {
            return last.plus(WINDOW).isBefore(now);
        }
    }
}
