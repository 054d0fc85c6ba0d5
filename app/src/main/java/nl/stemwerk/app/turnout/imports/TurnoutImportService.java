package nl.stemwerk.app.turnout.imports;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.turnout.files.TurnoutFile;
import nl.stemwerk.app.turnout.files.TurnoutFileReader;
import nl.stemwerk.app.turnout.files.UnusableFile;
import nl.stemwerk.app.turnout.store.ImportNote;
import nl.stemwerk.app.turnout.store.ImportRows;
import nl.stemwerk.turnout.geo.InvalidShapes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a turnout file enters Stemwerk: read by the library, checked against what Stemwerk knows (the
 * municipality, its boundaries), stored row by row with its audit row, all in one transaction. A file with any
 * problem stores nothing and gives every problem with file, row and column.
 */
@Service
public class TurnoutImportService {
    private final MunicipalityService municipalities;
    private final ImportRows imports;
    private final ImportContents contents;
    private final ChangeService changes;

    public TurnoutImportService(MunicipalityService municipalities, ImportRows imports, ImportContents contents,
                                ChangeService changes) {
        this.municipalities = municipalities;
        this.imports = imports;
        this.contents = contents;
        this.changes = changes;
    }

    /**
     * @throws UnusableFile when the file cannot be used; nothing is stored then
     */
    @Transactional
    public ImportReceipt importFile(ImportRequest request) {
        TurnoutFile file = TurnoutFileReader.read(request.kind(), request.fileName(), request.content(),
                request.repairShapes() ? InvalidShapes.REPAIR_AND_REPORT : InvalidShapes.REFUSE);
        List<ImportNote> notes = new ArrayList<>(file.notes().stream().map(ImportNote::of).toList());
        Optional<Municipality> municipality = municipalityOf(file, request, notes);
        ImportContents.Prepared prepared = contents.prepare(file, municipality, request.fileName(), notes);
        String sha256 = sha256(request.content());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bestand", request.fileName());
        details.put("soort", request.kind().slug());
        details.put("formaat", file.format());
        details.put("sha256", sha256);
        municipality.ifPresent(m -> details.put("gemeente", m.cbsCode()));
        details.putAll(prepared.auditDetails());
        String subject = "opkomstbestand:" + request.kind().slug() + ":"
                + municipality.map(Municipality::cbsCode).orElse("landelijk") + ":" + sha256.substring(0, 12);
        long id = changes.apply(new Change("opkomst.bestand.geimporteerd", subject, details), () -> {
            long importId = imports.insert(municipality.map(Municipality::id).orElse(null), request.kind(),
                    request.fileName(), file.format(), sha256, ChangeService.currentActor(), notes);
            prepared.store().accept(importId);
            return importId;
        });
        return new ImportReceipt(id, request.kind(), municipality, request.fileName(), file.format(), prepared.summary(),
                notes);
    }

    private Optional<Municipality> municipalityOf(TurnoutFile file, ImportRequest request, List<ImportNote> notes) {
        if (file instanceof TurnoutFile.Count count) {
            String code = count.count().municipalityCode();
            request.municipalityCode().filter(chosen -> !chosen.equalsIgnoreCase(code)).ifPresent(chosen -> {
                throw UnusableFile.of("OTHER_MUNICIPALITY", request.fileName(), "Dit telbestand is van "
                        + count.count().municipalityName() + " (" + code + "), niet van de gekozen gemeente " + chosen
                        + ".");
            });
            return Optional.of(find(code).orElseGet(() -> {
                notes.add(new ImportNote(ImportNote.MUNICIPALITY_ADDED, "De gemeente " + count.count().municipalityName()
                        + " (" + code + ") stond nog niet in Stemwerk en is toegevoegd, met de stembureaus uit dit "
                        + "bestand."));
                return municipalities.register(code, count.count().municipalityName(), false,
                        NewStations.of(count.count()));
            }));
        }
        if (!request.kind().perMunicipality()) {
            return Optional.empty();
        }
        String code = request.municipalityCode().orElseThrow(() -> UnusableFile.of("NO_MUNICIPALITY",
                request.fileName(), "Kies de gemeente waarvoor dit bestand is."));
        return Optional.of(find(code).orElseThrow(() -> UnusableFile.of("UNKNOWN_MUNICIPALITY", request.fileName(),
                "De gemeente " + code + " staat niet in Stemwerk. Importeer eerst een telling van die gemeente.")));
    }

    private Optional<Municipality> find(String code) {
        return municipalities.all().stream().filter(m -> m.cbsCode().equalsIgnoreCase(code)).findFirst();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
