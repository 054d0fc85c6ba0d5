package nl.stemwerk.app.dataentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import nl.stemwerk.kieswet.check.CheckCode;
import org.junit.jupiter.api.Test;

/** Every check code has its Dutch title and help for the typist and the coordinator, and warnings for the GSB. */
class CheckMessagesTest {
    private static final ResourceBundle CHECKS = ResourceBundle.getBundle("i18n/checks");

    @Test
    void everyCodeHasATitleAndHelpForTypistAndCoordinator() {
        for (CheckCode code : CheckCode.values()) {
            for (String role : new String[] {"title", "typist", "coordinator"}) {
                assertThat(CHECKS.containsKey("check." + code.name() + "." + role)).as(code + " " + role).isTrue();
            }
        }
    }

    @Test
    void everyWarningTheGsbMustExplainHasHelpForTheGsb() {
        for (CheckCode code : CheckCode.values()) {
            if (!code.isError() && code != CheckCode.W001 && code != CheckCode.W002) {
                assertThat(CHECKS.containsKey("check." + code.name() + ".gsb")).as(code.name()).isTrue();
            }
        }
    }
}
