package nl.stemwerk.app.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant T = Instant.parse("2026-03-18T21:00:00.123456789Z");

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "x.y", "s:1", "{}");
        assertThat(base).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(AuditChain.hash("1".repeat(64), 1, T, "a", "x.y", "s:1", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, T, "a", "x.y", "s:1", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T.plusNanos(1000), "a", "x.y", "s:1", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "b", "x.y", "s:1", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "x.z", "s:1", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "x.y", "s:2", "{}")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "x.y", "s:1", "{\"a\":1}")).isNotEqualTo(base);
    }

    @Test
    void nanosecondsBelowTheDatabasePrecisionDoNotChangeTheHash() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "b", "c", "{}"))
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, T.minusNanos(789), "a", "b", "c", "{}"));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, T, "ab", "c", "d", "{}"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, T, "a", "bc", "d", "{}"));
    }

    @Test
    void theVerifierAcceptsAChainAndFindsTheFirstChangedRow() {
        List<AuditEntry> chain = chain(5);
        AuditChain.Verifier verifier = AuditChain.verifier();
        chain.forEach(e -> assertThat(verifier.check(e)).isEmpty());
        assertThat(verifier.checked()).isEqualTo(5);
        assertThat(verifier.headHash()).isEqualTo(chain.get(4).hash());

        List<AuditEntry> tampered = new ArrayList<>(chain);
        AuditEntry third = tampered.get(2);
        tampered.set(2, new AuditEntry(3, third.occurredAt(), "vervalser", third.action(), third.subject(), third.details(),
                third.previousHash(), third.hash()));
        assertThat(firstBroken(tampered)).hasValueSatisfying(link -> {
            assertThat(link.sequence()).isEqualTo(3);
            assertThat(link.reason()).contains("gewijzigd");
        });
    }

    @Test
    void theVerifierFindsARemovedRowAndARemovedFirstRow() {
        List<AuditEntry> chain = new ArrayList<>(chain(4));
        chain.remove(1);
        assertThat(firstBroken(chain)).hasValueSatisfying(link -> assertThat(link.reason()).contains("rij 2 ontbreekt"));
        List<AuditEntry> withoutFirst = new ArrayList<>(chain(3));
        withoutFirst.removeFirst();
        assertThat(firstBroken(withoutFirst)).hasValueSatisfying(link -> assertThat(link.reason()).contains("rij 1 ontbreekt"));
    }

    @Test
    void aRehashedRowStillBreaksTheLinkOfTheNextRow() {
        List<AuditEntry> chain = new ArrayList<>(chain(3));
        AuditEntry second = chain.get(1);
        String forgedHash = AuditChain.hash(second.previousHash(), 2, second.occurredAt(), "vervalser", second.action(),
                second.subject(), second.details());
        chain.set(1, new AuditEntry(2, second.occurredAt(), "vervalser", second.action(), second.subject(), second.details(),
                second.previousHash(), forgedHash));
        assertThat(firstBroken(chain)).hasValueSatisfying(link -> assertThat(link.sequence()).isEqualTo(3));
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevel() {
        assertThat(CanonicalJson.of(Map.of("b", 1, "a", Map.of("d", true, "c", "x"))))
                .isEqualTo("{\"a\":{\"c\":\"x\",\"d\":true},\"b\":1}");
        record Pair(String zeta, String alpha) {
        }
        assertThat(CanonicalJson.of(new Pair("z", "a"))).isEqualTo("{\"alpha\":\"a\",\"zeta\":\"z\"}");
    }

    private static java.util.Optional<AuditChain.BrokenLink> firstBroken(List<AuditEntry> entries) {
        AuditChain.Verifier verifier = AuditChain.verifier();
        for (AuditEntry entry : entries) {
            var broken = verifier.check(entry);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return java.util.Optional.empty();
    }

    private static List<AuditEntry> chain(int rows) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long i = 1; i <= rows; i++) {
            Instant at = AuditChain.storedPrecision(T.plusSeconds(i));
            String hash = AuditChain.hash(previous, i, at, "tester", "test.rij", "test:" + i, "{}");
            entries.add(new AuditEntry(i, at, "tester", "test.rij", "test:" + i, "{}", previous, hash));
            previous = hash;
        }
        return entries;
    }
}
