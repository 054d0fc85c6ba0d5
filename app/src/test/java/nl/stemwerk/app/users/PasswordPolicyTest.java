package nl.stemwerk.app.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aShortPasswordIsRefusedWithAnExplanation() {
        assertThat(PasswordPolicy.problem("jansen", "kort")).hasValueSatisfying(p -> assertThat(p).contains("minstens 12"));
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(PasswordPolicy.problem("jansen", "mijn-jansen-wachtwoord")).isPresent();
    }

    @Test
    void wellKnownAndMonotonousPasswordsAreRefused() {
        assertThat(PasswordPolicy.problem("jansen", "Welkom123456")).isPresent();
        assertThat(PasswordPolicy.problem("jansen", "aaaaaaaaaaaaaaa")).isPresent();
    }

    @Test
    void aLongPassphraseIsAccepted() {
        assertThat(PasswordPolicy.problem("jansen", "drie groene stembussen")).isEmpty();
    }

    @Test
    void initialPasswordsAreRandomReadableAndPassThePolicy() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String password = PasswordPolicy.randomInitialPassword();
            assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
            assertThat(PasswordPolicy.problem("jansen", password)).isEmpty();
            seen.add(password);
        }
        assertThat(seen).hasSize(200);
    }
}
