package nl.stemwerk.app.election.emlfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingImportsTest {
    record Item(UUID id, String owner, long bytes) implements PendingImports.Pending {
    }

    private final MutableClock clock = new MutableClock();
    private final PendingImports<Item> pending = new PendingImports<>(clock, Duration.ofMinutes(60), 100);

    @Test
    void onlyTheUserWhoStartedAnImportCanSeeIt() {
        Item item = new Item(UUID.randomUUID(), "beheerder", 10);
        pending.put(item);

        assertThat(pending.get(item.id(), "beheerder")).isEqualTo(item);
        assertThatThrownBy(() -> pending.get(item.id(), "coordinator")).isInstanceOf(ImportProblem.class)
                .hasMessageContaining("Deze import bestaat niet (meer).");
    }

    @Test
    void anImportNotConfirmedWithinAnHourIsForgotten() {
        Item item = new Item(UUID.randomUUID(), "beheerder", 10);
        pending.put(item);

        clock.advance(Duration.ofMinutes(59));
        assertThat(pending.latestOf("beheerder")).contains(item);
        clock.advance(Duration.ofMinutes(1));
        assertThat(pending.latestOf("beheerder")).isEmpty();
        assertThatThrownBy(() -> pending.get(item.id(), "beheerder"))
                .satisfies(e -> assertThat(((ImportProblem) e).code()).isEqualTo("IMPORT_NOT_FOUND"));
    }

    @Test
    void pendingImportsTogetherMayNotTakeMoreMemoryThanTheLimit() {
        pending.put(new Item(UUID.randomUUID(), "a", 60));
        Item replaced = new Item(UUID.randomUUID(), "b", 40);
        pending.put(replaced);

        assertThatThrownBy(() -> pending.put(new Item(UUID.randomUUID(), "c", 1)))
                .satisfies(e -> assertThat(((ImportProblem) e).code()).isEqualTo("BUSY"))
                .hasMessageContaining("te veel bestanden tegelijk");
        // replacing an import counts its new size, not both
        pending.put(new Item(replaced.id(), "b", 40));
        assertThat(pending.get(replaced.id(), "b").bytes()).isEqualTo(40);
    }

    @Test
    void aRemovedImportIsGone() {
        Item item = new Item(UUID.randomUUID(), "beheerder", 10);
        pending.put(item);
        pending.remove(item.id());

        assertThat(pending.latestOf("beheerder")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-03-18T20:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
