package nl.stemwerk.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemwerkCommandTest {

    @Test
    void withoutACommandOrWithOnlyOptionsStemwerkServes() {
        assertThat(Stemwerk.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(Stemwerk.withDefaultCommand(new String[] {"--port", "9090"})).containsExactly("serve", "--port", "9090");
    }

    @Test
    void helpVersionAndNamedCommandsAreLeftAlone() {
        assertThat(Stemwerk.withDefaultCommand(new String[] {"--help"})).containsExactly("--help");
        assertThat(Stemwerk.withDefaultCommand(new String[] {"audit", "verify"})).containsExactly("audit", "verify");
    }
}
