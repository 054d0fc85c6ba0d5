package nl.stemwerk.app.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class OffCarrierPasswordEncoderTest {

    @Test
    void aSignInOnAVirtualThreadHashesOnAPlatformThreadWithTheSameResult() throws Exception {
        List<Boolean> hashedOnVirtual = new ArrayList<>();
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        PasswordEncoder watched = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                hashedOnVirtual.add(Thread.currentThread().isVirtual());
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashedOnVirtual.add(Thread.currentThread().isVirtual());
                return bcrypt.matches(raw, encoded);
            }
        };
        PasswordEncoder encoder = new OffCarrierPasswordEncoder(watched, 1);
        List<Boolean> results = new ArrayList<>();

        Thread.ofVirtual().start(() -> {
            String hash = encoder.encode("geheim-wachtwoord");
            results.add(encoder.matches("geheim-wachtwoord", hash));
            results.add(encoder.matches("ander-wachtwoord", hash));
        }).join();

        assertThat(results).containsExactly(true, false);
        assertThat(hashedOnVirtual).containsExactly(false, false, false);
    }

    @Test
    void aRefusalOfTheHashReachesTheCallerUnchanged() {
        PasswordEncoder refusing = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                throw new IllegalArgumentException("wachtwoord te lang");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                throw new IllegalArgumentException("wachtwoord te lang");
            }
        };
        PasswordEncoder encoder = new OffCarrierPasswordEncoder(refusing, 1);

        assertThatThrownBy(() -> encoder.encode("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wachtwoord te lang");
        assertThatThrownBy(() -> encoder.matches("x", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
