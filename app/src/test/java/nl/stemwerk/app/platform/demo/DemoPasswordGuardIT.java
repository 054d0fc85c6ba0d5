package nl.stemwerk.app.platform.demo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.stemwerk.app.platform.cli.StartupProblem;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Production mode refuses a database in which demo accounts still have their public passwords. */
@StemwerkSpringTest
class DemoPasswordGuardIT {
    @Autowired
    DemoPasswordGuard guard;

    @Test
    void demoPasswordsStopAProductionStartWithADutchExplanation() {
        assertThatThrownBy(guard::refuseDemoPasswords)
                .isInstanceOf(StartupProblem.class)
                .hasMessageStartingWith("Productiemodus weigert te starten")
                .hasMessageContaining("beheerder");
    }
}
