package nl.stemwerk.app.platform.security;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs the password hash on a few platform threads of its own. Requests run on virtual threads, which the JVM never
 * takes off their carrier while they compute: with BCrypt at cost 12 (about a quarter of a second each) two sign-ins
 * at once on a 2-core server held both carriers, and every other request (typists saving their work) waited, some
 * until the connection pool gave up. Platform threads are shared fairly by the operating system, and at most one
 * hash per core runs at a time; a sign-in waits for its turn without holding a carrier.
 */
final class OffCarrierPasswordEncoder implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final ExecutorService hashing;

    OffCarrierPasswordEncoder(PasswordEncoder delegate, int threads) {
        this.delegate = delegate;
        this.hashing = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("wachtwoord-", 1).daemon()
                .factory());
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return await(hashing.submit(() -> delegate.encode(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return await(hashing.submit(() -> delegate.matches(rawPassword, encodedPassword)));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static <T> T await(Future<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while hashing a password", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
