package nl.stemwerk.app.election.importedcount;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.election.emlfile.EmlFiles;
import nl.stemwerk.app.election.emlfile.ImportLimits;
import nl.stemwerk.app.election.emlfile.ImportProblem;
import nl.stemwerk.app.election.emlfile.PendingImports;
import nl.stemwerk.app.election.emlfile.StoredEmlFile;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.exports.EmlExports;
import nl.stemwerk.app.exports.ExportFile;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.app.platform.web.InvalidInput;
import nl.stemwerk.eml.EmlMessageType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts read from an EML 510b, kept apart from the counts typists enter: by Kieswet art. P 20a such a count may be
 * compared with the entered count, never replace it. A file is read and checked first and shown to the user; it is
 * stored only when the user confirms, with the file itself and an audit row, in one transaction.
 *
 * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&afdeling=II&hoofdstuk=P&artikel=P20a&z=2026-01-01&g=2026-01-01">Kieswet art. P 20a</a>
 */
@Service
public class ImportedCounts {
    private final ElectionService elections;
    private final ImportedCountRepository counts;
    private final EmlFiles files;
    private final ChangeService changes;
    private final ImportLimits limits;
    private final EmlExports exports;
    private final PendingImports<PendingCount> pending;

    public ImportedCounts(ElectionService elections, ImportedCountRepository counts, EmlFiles files,
                          ChangeService changes, ImportLimits limits, EmlExports exports) {
        this.elections = elections;
        this.exports = exports;
        this.counts = counts;
        this.files = files;
        this.changes = changes;
        this.limits = limits;
        this.pending = limits.pendingStore();
    }

    /** A 510b that was read and checked, waiting for the user to confirm it. */
    public record PendingCount(UUID id, String owner, long electionId, UploadedFile file, ImportedCount.Figures total,
                               List<ImportedCount.Figures> stations) implements PendingImports.Pending {
        @Override
        public long bytes() {
            return file.size();
        }
    }

    /**
     * Reads and checks a 510b for an election and keeps it in memory until {@link #confirm}; stores nothing.
     *
     * @throws ImportProblem when the file is not a valid 510b or does not belong to the election
     */
    public PendingCount read(long electionId, String owner, UploadedFile file) {
        CountFile.Read read = CountFile.read(elections.get(electionId), file, limits.readOptions());
        PendingCount count = new PendingCount(UUID.randomUUID(), owner, electionId, file, read.total(),
                read.stations());
        pending.put(count);
        return count;
    }

    public PendingCount pending(UUID id, String owner, long electionId) {
        PendingCount count = pending.get(id, owner);
        if (count.electionId() != electionId) {
            throw new ImportProblem("IMPORT_NOT_FOUND", "import", "Deze telling hoort bij een andere verkiezing.");
        }
        return count;
    }

    public void cancel(UUID id, String owner) {
        pending.remove(pending.get(id, owner).id());
    }

    /** Stores a pending count, its file and the audit row in one transaction. */
    @Transactional
    public long confirm(UUID id, String owner, long electionId) {
        PendingCount count = pending(id, owner, electionId);
        long stored = store(electionId, count.file(), EmlFiles.UPLOAD,
                new CountFile.Read(count.total(), count.stations()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pending.remove(id);
            }
        });
        return stored;
    }

    /** Reads, checks and stores a 510b in one go, for the demo data: the file is part of Stemwerk itself. */
    @Transactional
    public long importFile(long electionId, UploadedFile file, String source) {
        return store(electionId, file, source, CountFile.read(elections.get(electionId), file, limits.readOptions()));
    }

    private long store(long electionId, UploadedFile file, String source, CountFile.Read read) {
        StoredElection election = elections.get(electionId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bestand", file.fileName());
        details.put("sha256", file.sha256());
        details.put("bron", source);
        details.put("stembureaus", read.stations().size());
        details.put("geldigeStemmen", read.total().results().votes().totalVotesCandidatesCount());
        return changes.apply(new Change("telling.ingelezen", "verkiezing:" + election.election().identifier(),
                details), () -> {
                    StoredEmlFile stored = files.store(electionId, EmlMessageType.MUNICIPAL_COUNT, file, source);
                    return counts.insert(electionId, stored, source, ChangeService.currentActor(), read);
                });
    }

    /** The counts imported for an election, oldest first, without their figures. */
    public List<StoredEmlFile> files(long electionId) {
        return counts.ofElection(electionId).stream().map(h -> files.find(h.fileId())).toList();
    }

    /** The most recent imported count of an election. */
    public Optional<ImportedCount> latest(long electionId) {
        return counts.ofElection(electionId).stream().reduce((first, second) -> second).map(this::load);
    }

    /** One imported count of an election, with its figures. */
    public ImportedCount get(long electionId, long countId) {
        return counts.find(countId).filter(h -> h.electionId() == electionId).map(this::load)
                .orElseThrow(() -> InvalidInput.of("telling", "Deze ingelezen telling bestaat niet."));
    }

    /** The 510b of an imported count, byte for byte as it was imported: same bytes, same hash code. */
    public ExportFile asImported(ImportedCount count) {
        return new ExportFile(count.file().fileName(), ExportFile.XML, files.content(count.file().id()));
    }

    /** The osv4-3 CSV of an imported count, made from its 510b and the election's lists. */
    public ExportFile csv(StoredElection election, ImportedCount count) {
        return exports.osv43Csv(election, files.content(count.file().id()), count.file().fileName());
    }

    private ImportedCount load(ImportedCountRepository.Header header) {
        List<ImportedCount.Figures> figures = counts.figures(header.id());
        return new ImportedCount(header.id(), header.electionId(), files.find(header.fileId()), header.source(),
                header.importedBy(), header.importedAt(), figures.getFirst(), figures.subList(1, figures.size()));
    }
}
