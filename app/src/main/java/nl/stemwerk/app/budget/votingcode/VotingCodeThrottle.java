package nl.stemwerk.app.budget.votingcode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing of voting codes. A wrong code (unknown, used or withdrawn) counts as a failure for the address
 * it came from and for everyone together. After {@code perAddress} failures from one address within the window
 * (counted from the last failure), or {@code total} failures from all addresses within the window, every code from
 * that address (or from anyone) is refused unchecked until the window has passed. Kept in memory, like the login
 * throttle: a restart clears it, which takes longer than an attacker gains.
 *
 * <p>Why these numbers suffice: with the defaults (10 per address, 300 in total per 15 minutes) at most 28,800
 * codes a day can be tried. With 20,000 valid codes among 2^60, all guesses of a four-week vote together hit a
 * valid code with a chance of about 1 in 70 million.
 */
@Component
public class VotingCodeThrottle {
    private final Clock clock;
    private final int perAddress;
    private final int total;
    private final Duration window;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Deque<Instant> all = new ArrayDeque<>();

    public VotingCodeThrottle(Clock clock,
                              @Value("${stemwerk.stemcode.max-fouten-per-adres:10}") int perAddress,
                              @Value("${stemwerk.stemcode.max-fouten-totaal:300}") int total,
                              @Value("${stemwerk.stemcode.venster:PT15M}") Duration window) {
        this.clock = clock;
        this.perAddress = perAddress;
        this.total = total;
        this.window = window;
    }

    /** Whether codes from {@code address} are refused unchecked now. */
    public boolean isBlocked(String address) {
        Instant now = clock.instant();
        Failures failures = byAddress.get(key(address));
        return (failures != null && failures.blocks(now, perAddress, window)) || totalReached(now);
    }

    public void failed(String address) {
        Instant now = clock.instant();
        byAddress.merge(key(address), new Failures(1, now), (old, one) -> old.plusOne(now, window));
        synchronized (all) {
            prune(now);
            all.addLast(now);
        }
        if (byAddress.size() > 100_000) {
            byAddress.values().removeIf(f -> f.expired(now, window));
        }
    }

    /** Minutes a blocked address waits, for the Dutch message. */
    public long minutes() {
        return Math.max(1, window.toMinutes());
    }

    /** Forgets every failure (for tests that share one application). */
    void clear() {
        byAddress.clear();
        synchronized (all) {
            all.clear();
        }
    }

    private boolean totalReached(Instant now) {
        synchronized (all) {
            prune(now);
            return all.size() >= total;
        }
    }

    private void prune(Instant now) {
        while (!all.isEmpty() && all.peekFirst().plus(window).isBefore(now)) {
            all.removeFirst();
        }
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }

    private record Failures(int count, Instant last) {
        Failures plusOne(Instant now, Duration window) {
            return expired(now, window) ? new Failures(1, now) : new Failures(count + 1, now);
        }

        boolean expired(Instant now, Duration window) {
            return last.plus(window).isBefore(now);
        }

        boolean blocks(Instant now, int max, Duration window) {
            return !expired(now, window) && count >= max;
        }
    }
}
