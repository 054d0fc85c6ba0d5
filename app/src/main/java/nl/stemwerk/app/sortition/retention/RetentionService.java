package nl.stemwerk.app.sortition.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.app.sortition.web.AssemblyService;
import org.springframework.stereotype.Service;

/**
 * Deletes the volunteers' personal data of a burgerberaad when it is no longer needed (data minimisation and
 * storage limitation). What stays is what anyone needs to check the draw: the lottery files (volunteer numbers and
 * values, no names or addresses), the seeds, the hashes and the panel's volunteer numbers, and the audit log.
 *
 * @see <a href="https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32016R0679">AVG art. 5 lid 1 onder c en e</a>
 * @see <a href="https://wetten.overheid.nl/BWBR0005537/2026-01-01/#Hoofdstuk6_Afdeling6.2_Artikel6:7">Awb art. 6:7
 *      (six weeks for an objection: the core of the default of three months)</a>
 */
@Service
public class RetentionService {
    /** Three months after the last meeting: the six weeks of an objection period, and time for the evaluation. */
    static final int DEFAULT_MONTHS = 3;
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private final RetentionRepository retentions;
    private final AssemblyService assemblies;
    private final ChangeService changes;
    private final Clock clock;

    RetentionService(RetentionRepository retentions, AssemblyService assemblies, ChangeService changes, Clock clock) {
        this.retentions = retentions;
        this.assemblies = assemblies;
        this.changes = changes;
        this.clock = clock;
    }

    public Optional<Retention> find(long assemblyId) {
        return retentions.find(assemblyId);
    }

    /**
     * Sets the date of the last meeting and the last day of keeping; an empty {@code retainUntilText} means
     * {@value #DEFAULT_MONTHS} months after the last meeting.
     */
    public Retention setDates(long assemblyId, String lastMeetingText, String retainUntilText) {
        assemblies.get(assemblyId);
        if (find(assemblyId).map(Retention::deleted).orElse(false)) {
            throw InvalidInput.of("lastMeeting", "De persoonsgegevens zijn al verwijderd.");
        }
        LocalDate lastMeeting = date("lastMeeting", lastMeetingText, "de laatste bijeenkomst");
        LocalDate retainUntil = retainUntilText == null || retainUntilText.isBlank()
                ? lastMeeting.plusMonths(DEFAULT_MONTHS) : date("retainUntil", retainUntilText, "bewaren tot");
        if (retainUntil.isBefore(lastMeeting)) {
            throw InvalidInput.of("retainUntil", "Bewaar de gegevens minstens tot de laatste bijeenkomst ("
                    + lastMeeting + ").");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("laatsteBijeenkomst", lastMeeting.toString());
        details.put("bewarenTot", retainUntil.toString());
        changes.apply(new Change("burgerberaad.bewaartermijn-vastgesteld", AssemblyService.subject(assemblyId),
                details), () -> retentions.store(assemblyId, lastMeeting, retainUntil, ChangeService.currentActor()));
        return find(assemblyId).orElseThrow();
    }

    /** The button: deletes the personal data now, whatever the date (a date of today is set when none was). */
    public void deleteNow(long assemblyId) {
        assemblies.get(assemblyId);
        Optional<Retention> retention = find(assemblyId);
        if (retention.map(Retention::deleted).orElse(false)) {
            throw InvalidInput.of("delete", "De persoonsgegevens zijn al verwijderd.");
        }
        LocalDate today = today();
        changes.apply(change(assemblyId, "knop"), () -> {
            if (retention.isEmpty()) {
                retentions.store(assemblyId, today, today, ChangeService.currentActor());
            }
            retentions.deletePersonalData(assemblyId, clock.instant());
        });
    }

    /** The scheduled job: deletes the personal data of every assembly whose last day of keeping has passed. */
    public List<Long> deleteDue() {
        List<Long> due = retentions.due(today());
        for (long id : due) {
            changes.applyAsSystem(change(id, "bewaartermijn verstreken"), () -> {
                retentions.deletePersonalData(id, clock.instant());
                return id;
            });
        }
        return due;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DUTCH);
    }

    private static Change change(long assemblyId, String why) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("aanleiding", why);
        details.put("verwijderd", "aanmeldingen (namen, adressen, contactgegevens)");
        details.put("bewaard", "lotingbestanden, lotnummers, hashes, aanmeldnummers van het panel");
        return new Change("burgerberaad.persoonsgegevens-verwijderd", AssemblyService.subject(assemblyId), details);
    }

    private static LocalDate date(String field, String text, String label) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "Vul bij '" + label + "' een datum in, zoals 2026-12-31.");
        }
    }
}
