package nl.stemwerk.app.sortition.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.AssemblyFixtures;
import nl.stemwerk.app.sortition.SignedInAsGriffie;
import nl.stemwerk.app.sortition.draw.PublicDrawService;
import nl.stemwerk.app.sortition.draw.RecordedDraw;
import nl.stemwerk.app.sortition.web.AssemblyService;
import nl.stemwerk.app.sortition.web.StoredAssembly;
import nl.stemwerk.app.support.Http;
import nl.stemwerk.app.support.StemwerkSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention on the Sortition Foundation's fixture (150 candidates with names, e-mail and addresses): after the last
 * day of keeping the pool file is emptied, with an audit row, and the draw stays verifiable. The clock is fixed.
 */
@StemwerkSpringTest
@ExtendWith(SignedInAsGriffie.class)
class RetentionIT {
    private static final LocalDate LAST_MEETING = LocalDate.of(2026, 1, 15);

    @LocalServerPort
    int port;
    @Autowired
    RetentionRepository repository;
    @Autowired
    AssemblyService assemblies;
    @Autowired
    PublicDrawService draws;
    @Autowired
    ChangeService changes;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightlyRunDeletesThePoolTheDayAfterTheRetentionDateAndKeepsWhatTheVerificationNeeds() {
        long id = AssemblyFixtures.sfComputed(assemblies, "Bewaartermijn verstreken");
        RecordedDraw drawn = draws.draw(id, 0, "DICE", "5 5 5 1 2 3");
        assertThat(assemblies.get(id).poolCsv()).contains("first_name0").contains("primary_address10");

        Retention set = at("2026-01-10T09:00:00Z").setDates(id, LAST_MEETING.toString(), "");
        assertThat(set.retainUntil()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(at("2026-04-15T21:59:00Z").deleteDue()).doesNotContain(id);
        assertThat(at("2026-04-15T22:15:00Z").deleteDue()).contains(id);

        StoredAssembly after = assemblies.get(id);
        assertThat(after.poolCsv()).isEmpty();
        assertThat(repository.find(id).orElseThrow().deletedOn()).contains(LocalDate.of(2026, 4, 16));
        assertThat(PublicDrawService.replay(draws.history(id), drawn).memberIds()).isEqualTo(drawn.members());
        assertThat(after.panelMembers()).isEqualTo(drawn.members());
        assertThat(jdbc.sql("select actor from audit_log where subject = ? and action = ?")
                .params(AssemblyService.subject(id), "burgerberaad.persoonsgegevens-verwijderd")
                .query(String.class).list()).containsExactly(ChangeService.SYSTEM);
        assertThat(at("2026-04-17T03:15:00Z").deleteDue()).doesNotContain(id);
        Http http = new Http(port);
        http.login("griffie", "demo-griffie");
        assertThat(http.get("/participatie/burgerberaden/" + id).body())
                .contains("De persoonsgegevens van de aanmelders zijn verwijderd.");
        assertThat(http.get("/participatie/burgerberaden/" + id + "/panel.csv").body()).startsWith("id,")
                .contains(drawn.members().getFirst()).doesNotContain("first_name");
    }

    @Test
    void aRetentionDateBeforeTheLastMeetingOrNoDateIsRefusedInDutch() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Verkeerde bewaardatum");
        RetentionService service = at("2026-01-10T09:00:00Z");

        assertThatThrownBy(() -> service.setDates(id, "2026-03-01", "2026-02-28")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("retainUntil")).asString()
                .contains("minstens tot de laatste bijeenkomst");
        assertThatThrownBy(() -> service.setDates(id, "", "")).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).fieldMessages().get("lastMeeting")).asString()
                .contains("de laatste bijeenkomst");
        assertThat(service.setDates(id, "2026-03-01", "2026-09-30").retainUntil())
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(service.find(id).orElseThrow().setBy()).isEqualTo("griffie");
    }

    @Test
    void theButtonDeletesAtOnceOnlyOnceAndTheDatesCanThenNoLongerChange() {
        long id = AssemblyFixtures.smallComputed(assemblies, "Nu verwijderen");
        RetentionService service = at("2026-02-01T10:00:00Z");

        service.deleteNow(id);

        assertThat(assemblies.get(id).poolCsv()).isEmpty();
        Retention retention = service.find(id).orElseThrow();
        assertThat(retention.retainUntil()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(retention.deletedAt()).contains(Instant.parse("2026-02-01T10:00:00Z"));
        assertThatThrownBy(() -> service.deleteNow(id)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> service.setDates(id, "2026-03-01", "")).isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("select actor from audit_log where subject = ? and action = ?")
                .params(AssemblyService.subject(id), "burgerberaad.persoonsgegevens-verwijderd")
                .query(String.class).list()).containsExactly("griffie");
    }

    private RetentionService at(String instant) {
        return new RetentionService(repository, assemblies, changes, Clock.fixed(Instant.parse(instant),
                ZoneOffset.UTC));
    }
}
