package nl.stemwerk.app.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import nl.stemwerk.app.Stemwerk;
import org.junit.jupiter.api.Test;

/** Wrong options give a Dutch line and exit code 2, for every command. */
class DutchParameterErrorsTest {

    @Test
    void anUnknownOptionIsNamedInDutch() {
        Outcome outcome = run("serve", "--poort", "8080");
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).startsWith("Onbekende optie of opdracht: --poort");
    }

    @Test
    void aMissingRequiredOptionIsNamedInDutch() {
        Outcome outcome = run("users", "create", "--username", "x", "--role", "BEHEERDER");
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).startsWith("Deze optie ontbreekt: --name.");
    }

    @Test
    void aValueOfTheWrongTypeOrOutsideTheChoicesIsExplainedInDutch() {
        assertThat(run("serve", "--port", "achtduizend").err()).startsWith("Ongeldige waarde 'achtduizend' voor --port: dit moet een geheel getal zijn.");
        assertThat(run("users", "create", "--username", "x", "--name", "X", "--role", "KONING").err())
                .startsWith("Ongeldige waarde 'KONING' voor --role").contains("Kies uit: BEHEERDER");
    }

    private static Outcome run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exitCode = Stemwerk.run(args);
            return new Outcome(exitCode, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private record Outcome(int exitCode, String err) {
    }
}
