package nl.stemwerk.app.election.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.emlfile.ImportLimits;
import nl.stemwerk.app.election.emlfile.ImportProblem;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.election.emlfile.Uploads;
import nl.stemwerk.app.platform.audit.ChangeService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import wizard for scripts: the same steps and service calls as the pages. Each upload answers with the
 * summary so far; a problem answers 400 with a stable {@code code} and the Dutch {@code melding}.
 */
@RestController
@RequestMapping("/api/beheer/import")
@PreAuthorize("hasRole('BEHEERDER')")
@Tag(name = "Import (EML)", description = "Een verkiezing importeren uit EML-bestanden: 110a, code, 230b, code,"
        + " 110b, bevestigen. Er wordt niets opgeslagen tot de bevestiging.")
class ImportApi {
    private final EmlImportService imports;
    private final ImportLimits limits;

    ImportApi(EmlImportService imports, ImportLimits limits) {
        this.imports = imports;
        this.limits = limits;
    }

    @Operation(summary = "Stap 1: lees de verkiezingsdefinitie (EML 110a) en begin een nieuwe import")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportView> start(@RequestPart(name = "bestand", required = false) MultipartFile bestand) {
        ImportView view = imports.startWithDefinition(owner(), read(bestand));
        return ResponseEntity.created(URI.create("/api/beheer/import/" + view.id())).body(view);
    }

    @Operation(summary = "De import zoals hij nu is: stap, samenvatting, controles en de code om na te kijken")
    @GetMapping("/{id}")
    ImportView get(@PathVariable UUID id) {
        return imports.view(id, owner());
    }

    @Operation(summary = "Stap 2 en 4: de twee lege groepen van de code, overgetypt van de papieren lijst")
    @PostMapping("/{id}/code")
    ImportView hash(@PathVariable UUID id, @RequestBody HashGroups groups) {
        return imports.checkHash(id, owner(), groups.eersteGroep(), groups.tweedeGroep());
    }

    @Operation(summary = "Stap 3: lees de kandidatenlijsten (EML 230b)")
    @PostMapping(path = "/{id}/kandidatenlijsten", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView candidateLists(@PathVariable UUID id,
                              @RequestPart(name = "bestand", required = false) MultipartFile bestand) {
        return imports.addCandidateLists(id, owner(), read(bestand));
    }

    @Operation(summary = "Stap 5: lees de stembureaus (EML 110b)")
    @PostMapping(path = "/{id}/stembureaus", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportView pollingStations(@PathVariable UUID id,
                               @RequestPart(name = "bestand", required = false) MultipartFile bestand) {
        return imports.addPollingStations(id, owner(), read(bestand));
    }

    @Operation(summary = "Stap 6: bevestig de samenvatting; slaat alles in één keer op, met auditregel")
    @PostMapping("/{id}/bevestigen")
    ResponseEntity<Map<String, Object>> confirm(@PathVariable UUID id, @RequestBody Confirmation confirmation) {
        if (confirmation.countingMethod() == null) {
            throw new ImportProblem("COUNTING_METHOD_MISSING", "countingMethod",
                    "Geef countingMethod: CSO (centraal tellen) of DSO (decentraal tellen).");
        }
        long election = imports.confirm(id, owner(), confirmation.countingMethod());
        return ResponseEntity.created(URI.create("/api/verkiezingen/" + election))
                .body(Map.of("verkiezing", election));
    }

    @Operation(summary = "Stop de import; er is niets opgeslagen")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> cancel(@PathVariable UUID id) {
        imports.cancel(id, owner());
        return ResponseEntity.noContent().build();
    }

    private UploadedFile read(MultipartFile file) {
        return Uploads.read(file, EmlImportService.FILE_FIELD, limits.maxFileSize());
    }

    private static String owner() {
        return ChangeService.currentActor();
    }

    /** The two groups of the hash code, in the order of the blanks. */
    record HashGroups(String eersteGroep, String tweedeGroep) {
    }

    /** How the election is counted: CSO or DSO. */
    record Confirmation(CountingMethod countingMethod) {
    }
}
