package nl.stemwerk.app.election.importedcount;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.election.emlfile.ImportLimits;
import nl.stemwerk.app.election.emlfile.Uploads;
import nl.stemwerk.app.exports.ExportFile;
import nl.stemwerk.app.platform.audit.ChangeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Counts read from a 510b, for scripts: the same service calls as the pages. */
@RestController
@Tag(name = "Telling uit een bestand (EML 510b)", description = "Een telling inlezen om te vergelijken met de"
        + " ingevoerde telling (Kieswet art. P 20a), de cijfers, zetels en bestanden")
class ImportedCountApi {
    private final ElectionService elections;
    private final ImportedCounts counts;
    private final ImportLimits limits;

    ImportedCountApi(ElectionService elections, ImportedCounts counts, ImportLimits limits) {
        this.elections = elections;
        this.counts = counts;
        this.limits = limits;
    }

    /** An imported count as the API gives it: the file and its CSV with their hash codes, and the figures. */
    record CountView(long id, String fileName, String sha256, String source, String importedBy, String csvFileName,
                     String csvSha256, CountResults results) {
    }

    /** A 510b that was read and checked but not yet stored. */
    record PendingView(UUID id, String fileName, String sha256, CountResults results) {
    }

    @Operation(summary = "De laatst ingelezen telling van een verkiezing: cijfers, zetels en bestanden")
    @GetMapping("/api/verkiezingen/{id}/ingelezen-telling")
    ResponseEntity<CountView> latest(@PathVariable long id) {
        StoredElection election = elections.get(id);
        return counts.latest(id).map(count -> ResponseEntity.ok(view(election, count)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "Alle ingelezen tellingen van een verkiezing: ids en bestanden")
    @GetMapping("/api/verkiezingen/{id}/ingelezen-tellingen")
    List<Map<String, Object>> all(@PathVariable long id) {
        elections.get(id);
        return counts.files(id).stream().map(f -> Map.<String, Object>of("bestand", f.fileName(), "sha256",
                f.sha256(), "bron", f.source(), "ingelezenDoor", f.importedBy())).toList();
    }

    @Operation(summary = "De 510b van een ingelezen telling, precies zoals hij is ingelezen")
    @GetMapping("/api/verkiezingen/{id}/ingelezen-telling/{countId}/510b")
    ResponseEntity<byte[]> count510b(@PathVariable long id, @PathVariable long countId) {
        return counts.asImported(counts.get(id, countId)).download();
    }

    @Operation(summary = "De osv4-3-CSV van een ingelezen telling")
    @GetMapping("/api/verkiezingen/{id}/ingelezen-telling/{countId}/csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long countId) {
        return counts.csv(elections.get(id), counts.get(id, countId)).download();
    }

    @Operation(summary = "Lees een 510b in en controleer hem; slaat nog niets op")
    @PostMapping(path = "/api/beheer/verkiezingen/{id}/telling", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    PendingView read(@PathVariable long id, @RequestPart(name = "bestand", required = false) MultipartFile bestand) {
        ImportedCounts.PendingCount pending = counts.read(id, owner(), Uploads.read(bestand, CountFile.FIELD,
                limits.maxFileSize()));
        return new PendingView(pending.id(), pending.file().fileName(), pending.file().sha256(),
                CountResults.of(elections.get(id), pending.total(), pending.stations()));
    }

    @Operation(summary = "Sla een gecontroleerde 510b op, met het bestand en een auditregel")
    @PostMapping("/api/beheer/verkiezingen/{id}/telling/{pendingId}/bevestigen")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable long id, @PathVariable UUID pendingId) {
        long count = counts.confirm(pendingId, owner(), id);
        return ResponseEntity.created(URI.create("/api/verkiezingen/" + id + "/ingelezen-telling"))
                .body(Map.of("telling", count));
    }

    @Operation(summary = "Stop: de gelezen 510b wordt vergeten")
    @DeleteMapping("/api/beheer/verkiezingen/{id}/telling/{pendingId}")
    ResponseEntity<Void> cancel(@PathVariable long id, @PathVariable UUID pendingId) {
        counts.pending(pendingId, owner(), id);
        counts.cancel(pendingId, owner());
        return ResponseEntity.noContent().build();
    }

    private CountView view(StoredElection election, ImportedCount count) {
        ExportFile csv = counts.csv(election, count);
        return new CountView(count.id(), count.file().fileName(), count.file().sha256(), count.source(),
                count.importedBy(), csv.fileName(), csv.hash().toString().replace(" ", ""),
                CountResults.of(election, count.total(), count.stations()));
    }

    private static String owner() {
        return ChangeService.currentActor();
    }
}
