package nl.stemwerk.eml.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.GeneratedCount;
import nl.stemwerk.eml.SharedData;
import nl.stemwerk.eml.summary.EmlInspector;

/**
 * Mutated valid EML files go into the reader, with and without schema validation: it must return a result or
 * throw {@link EmlException} with a Dutch message, never another exception, and never hang (10 s per input).
 */
class EmlReaderFuzzProperties {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private static final AtomicLong INPUTS = new AtomicLong();
    private static final List<byte[]> SEEDS = seeds();
    private static final List<String> INJECTIONS = List.of(
            "<!DOCTYPE EML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>", "&x;", "&lol9;", "<!ENTITY a \"b\">",
            "]]>", "<![CDATA[7]]>", "&#0;", "&#x110000;", "&#65;", "99999999999999999999999", "9223372036854775807", "-1", "+0", "\u0000",
            "<?xml version=\"1.0\"?>", "<?pi data?>", "<!-- -->", " xmlns=\"urn:x\"", " Id=\"510b\"",
            "<Selection><Candidate><CandidateIdentifier Id=\"1\"/></Candidate><ValidVotes>1</ValidVotes></Selection>",
            "\uD800", "é", "<x:y xmlns:x=\"urn:x\"/>", "</EML>", "<EML>");

    private final EmlInspector strict = new EmlInspector();
    private final EmlInspector lenient = new EmlInspector(EmlReadOptions.defaults().withSchemaValidation(false));

    private static List<byte[]> seeds() {
        List<byte[]> seeds = new ArrayList<>();
        for (String file : List.of(SharedData.JUINEN + "eml110a_verkiezingsdefinitie-juinen.eml.xml",
                SharedData.JUINEN + "eml110b_stembureaulijst-juinen.eml.xml",
                SharedData.ABACUS + "eml230b_test_with_gaps.eml.xml",
                SharedData.RUST_EML + "deserialize_eml510b_test.eml.xml",
                SharedData.RUST_EML + "deserialize_eml510d_test.eml.xml",
                SharedData.RUST_EML + "eml510b_with_investigations.eml.xml",
                SharedData.RUST_EML + "eml520_test.eml.xml")) {
            seeds.add(SharedData.bytes(file));
        }
        try (GeneratedCount count = new GeneratedCount(3, 2, 3)) {
            seeds.add(count.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(seeds);
    }

    @Property(tries = 1500)
    void flippedBytesGiveAResultOrTheTypedException(@ForAll("byteFlips") byte[] input) {
        readBothWays(input);
    }

    @Property(tries = 1000)
    void aFileCutAnywhereGivesAResultOrTheTypedException(@ForAll("cuts") byte[] input) {
        readBothWays(input);
    }

    @Property(tries = 1500)
    void duplicatedOrRemovedElementsGiveAResultOrTheTypedException(@ForAll("elementEdits") byte[] input) {
        readBothWays(input);
    }

    @Property(tries = 1500)
    void injectedEntitiesAndMarkupGiveAResultOrTheTypedException(@ForAll("injections") byte[] input) {
        readBothWays(input);
    }

    @AfterContainer
    static void reportHowManyInputsRan() {
        System.out.println("EML fuzzing: " + INPUTS.get() + " mutated inputs read (each strict and lenient)");
    }

    private void readBothWays(byte[] input) {
        INPUTS.incrementAndGet();
        for (EmlInspector inspector : List.of(strict, lenient)) {
            assertTimeoutPreemptively(DEADLINE, () -> {
                try {
                    inspector.inspect(new ByteArrayInputStream(input), "fuzz.eml.xml");
                } catch (EmlException expected) {
                    assertThat(expected.getMessage()).startsWith("Bestand fuzz.eml.xml");
                    assertThat(expected.problem()).isNotBlank();
                }
            });
        }
    }

    @Provide
    Arbitrary<byte[]> byteFlips() {
        return Combinators.combine(seed(), Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1)
                        .ofMaxSize(8), Arbitraries.bytes().list().ofSize(8))
                .as((seed, positions, values) -> {
                    byte[] mutated = seed.clone();
                    for (int i = 0; i < positions.size(); i++) {
                        mutated[positions.get(i) % mutated.length] = values.get(i);
                    }
                    return mutated;
                });
    }

    @Provide
    Arbitrary<byte[]> cuts() {
        return Combinators.combine(seed(), Arbitraries.doubles().between(0, 1))
                .as((seed, fraction) -> Arrays.copyOf(seed, (int) (seed.length * fraction)));
    }

    @Provide
    Arbitrary<byte[]> elementEdits() {
        return Combinators.combine(seed(), Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.of(true, false))
                .as((seed, pick, duplicate) -> XmlEdits.editElement(new String(seed, StandardCharsets.UTF_8), pick,
                        duplicate).getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> injections() {
        return Combinators.combine(seed(), Arbitraries.of(INJECTIONS), Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((seed, injection, position) -> {
                    String text = new String(seed, StandardCharsets.UTF_8);
                    int at = position % (text.length() + 1);
                    return (text.substring(0, at) + injection + text.substring(at)).getBytes(StandardCharsets.UTF_8);
                });
    }

    private static Arbitrary<byte[]> seed() {
        return Arbitraries.of(SEEDS);
    }
}
