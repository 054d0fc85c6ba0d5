package nl.stemwerk.app.election.importing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.emlfile.EmlFiles;
import nl.stemwerk.app.election.emlfile.ImportLimits;
import nl.stemwerk.app.election.emlfile.ImportProblem;
import nl.stemwerk.app.election.emlfile.PendingImports;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.app.municipality.Municipality;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.candidates.CandidateListsReader;
import nl.stemwerk.eml.check.EmlConsistency;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.definition.ElectionDefinitionReader;
import nl.stemwerk.eml.hash.HashCheck;
import nl.stemwerk.eml.stations.PollingStationList;
import nl.stemwerk.eml.stations.PollingStationListReader;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PollingStation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The EML import wizard of the beheerder: election definition (110a), its hash code, candidate lists (230b), their
 * hash code, polling stations (110b), then a summary to confirm. Every file is read, validated against the strict
 * schema and checked against the files before it as soon as it arrives; nothing reaches the database until the
 * user confirms. Then the election, its files and the audit rows are stored in one transaction through
 * {@link ElectionService#store}.
 */
@Service
public class EmlImportService {
    static final String FILE_FIELD = "bestand";
    static final String HASH_FIELD = "eersteGroep";

    private final ElectionService elections;
    private final MunicipalityService municipalities;
    private final EmlFiles files;
    private final ChangeService changes;
    private final ImportLimits limits;
    private final PendingImports<ImportDraft> drafts;

    public EmlImportService(ElectionService elections, MunicipalityService municipalities, EmlFiles files,
                            ChangeService changes, ImportLimits limits) {
        this.elections = elections;
        this.municipalities = municipalities;
        this.files = files;
        this.changes = changes;
        this.limits = limits;
        this.drafts = limits.pendingStore();
    }

    /** A file that an import stored, with where it came from. */
    public record ImportedFile(EmlMessageType type, UploadedFile file, String source) {
    }

    /**
     * Starts a new import with the election definition; an unfinished import of the same user is dropped.
     *
     * @throws ImportProblem when the file is not a valid 110a, is for another municipality than Stemwerk's, or
     *                       its election is already in Stemwerk
     */
    public ImportView startWithDefinition(String owner, UploadedFile file) {
        ElectionDefinition definition = read(file, (in, name) -> new ElectionDefinitionReader(limits.readOptions())
                .read(in, name));
        requireUsable(definition, file);
        drafts.latestOf(owner).ifPresent(previous -> drafts.remove(previous.id()));
        return save(ImportDraft.start(owner).withDefinition(new ImportDraft.Part<>(file, definition)));
    }

    /** Checks the two groups of the hash code the user typed from the paper list. */
    public ImportView checkHash(UUID id, String owner, String firstGroup, String secondGroup) {
        ImportDraft draft = drafts.get(id, owner);
        UploadedFile file = draft.fileToCheck().orElseThrow(() -> new ImportStepException(draft.step()));
        HashCheck check = file.hash().check(firstGroup, secondGroup);
        if (check != HashCheck.MATCHES) {
            throw new ImportProblem(check == HashCheck.DIFFERENT ? "HASH_DIFFERENT" : "HASH_NOT_FOUR_HEX_CHARACTERS",
                    HASH_FIELD, check.dutchMessage());
        }
        return save(draft.hashMatched());
    }

    /** Reads the candidate lists and checks them against the definition; replaces a 230b not yet checked. */
    public ImportView addCandidateLists(UUID id, String owner, UploadedFile file) {
        ImportDraft draft = drafts.get(id, owner);
        draft.step().candidateListsRead();
        ElectionDefinition definition = draft.definition().orElseThrow().content();
        CandidateLists lists = read(file, (in, name) -> new CandidateListsReader(limits.readOptions()).read(in, name));
        check(() -> EmlConsistency.check(definition, lists, file.fileName()));
        CandidateContest contest = lists.contest(definition.contest().id()).orElseThrow(() -> new ImportProblem(
                "OTHER_CONTEST", FILE_FIELD, "Bestand " + file.fileName() + ": de kandidatenlijsten hebben geen"
                + " lijsten voor " + describeContest(definition) + ", en de verkiezingsdefinitie wel. Kies de"
                + " kandidatenlijsten die bij deze verkiezing horen."));
        if (contest.lists().isEmpty()) {
            throw new ImportProblem("NO_LISTS", FILE_FIELD, "Bestand " + file.fileName() + ": er staan geen"
                    + " lijsten in. Kies het bestand met de kandidatenlijsten van deze verkiezing.");
        }
        return save(draft.withCandidateLists(new ImportDraft.Part<>(file, lists)));
    }

    /** Reads the polling stations and checks them against the definition; replaces an earlier 110b. */
    public ImportView addPollingStations(UUID id, String owner, UploadedFile file) {
        ImportDraft draft = drafts.get(id, owner);
        draft.step().pollingStationsRead();
        ElectionDefinition definition = draft.definition().orElseThrow().content();
        PollingStationList stations = read(file, (in, name) -> new PollingStationListReader(limits.readOptions())
                .read(in, name));
        check(() -> EmlConsistency.check(definition, stations, file.fileName()));
        if (stations.stations().isEmpty()) {
            throw new ImportProblem("NO_POLLING_STATIONS", FILE_FIELD, "Bestand " + file.fileName() + ": er staan"
                    + " geen stembureaus in. Kies het bestand met de stembureaus van deze verkiezing.");
        }
        return save(draft.withPollingStations(new ImportDraft.Part<>(file, stations)));
    }

    public ImportView view(UUID id, String owner) {
        return ImportViews.of(drafts.get(id, owner), home());
    }

    /** The unfinished import of this user, if any. */
    public Optional<ImportView> current(String owner) {
        return drafts.latestOf(owner).map(draft -> ImportViews.of(draft, home()));
    }

    /** Throws the import away; nothing was stored, so nothing needs undoing. */
    public void cancel(UUID id, String owner) {
        drafts.remove(drafts.get(id, owner).id());
    }

    /**
     * Stores the election with its lists, candidates and polling stations, the three files and the audit rows, in
     * one transaction. When Stemwerk has no municipality yet, the election's municipality becomes it.
     *
     * @return the new election's id
     */
    @Transactional
    public long confirm(UUID id, String owner, CountingMethod countingMethod) {
        ImportDraft draft = drafts.get(id, owner);
        draft.step().stored();
        ImportDraft.Part<ElectionDefinition> definition = draft.definition().orElseThrow();
        ImportDraft.Part<CandidateLists> lists = draft.candidateLists().orElseThrow();
        ImportDraft.Part<PollingStationList> stations = draft.pollingStations().orElseThrow();
        Election election = check(() -> definition.content().toElection(draft.contest().orElseThrow(),
                definition.file().fileName()));
        long electionId = storeElection(election, countingMethod, stations.content().stations(), List.of(
                new ImportedFile(EmlMessageType.ELECTION_DEFINITION, definition.file(), EmlFiles.UPLOAD),
                new ImportedFile(EmlMessageType.CANDIDATE_LISTS, lists.file(), EmlFiles.UPLOAD),
                new ImportedFile(EmlMessageType.POLLING_STATIONS, stations.file(), EmlFiles.UPLOAD)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drafts.remove(draft.id());
            }
        });
        return electionId;
    }

    /**
     * Stores an election that came from EML files, with the files: the wizard's last step, and the demo data.
     * Sets up the home municipality from the election when Stemwerk has none yet.
     */
    @Transactional
    public long storeElection(Election election, CountingMethod countingMethod, List<PollingStation> stations,
                              List<ImportedFile> imported) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (home().isEmpty()) {
            municipalities.register("GM" + election.domain().code(), election.domain().name(), true, List.of());
            details.put("gemeenteIngesteld", "GM" + election.domain().code() + " " + election.domain().name());
        }
        long electionId = elections.store(election, countingMethod, stations);
        List<Map<String, Object>> fileDetails = new ArrayList<>();
        for (ImportedFile file : imported) {
            files.store(electionId, file.type(), file.file(), file.source());
            fileDetails.add(Map.of("soort", file.type().id(), "naam", file.file().fileName(),
                    "sha256", file.file().sha256(), "bron", file.source()));
        }
        details.put("bestanden", fileDetails);
        changes.apply(new Change("verkiezing.geimporteerd", "verkiezing:" + election.identifier(), details),
                () -> { });
        return electionId;
    }

    private void requireUsable(ElectionDefinition definition, UploadedFile file) {
        // converting with an empty contest surfaces a missing area or an unknown category now, not at the end
        check(() -> definition.toElection(new CandidateContest(definition.contest(), List.of()), file.fileName()));
        String code = "GM" + definition.election().domainCode();
        home().filter(home -> !home.cbsCode().equals(code)).ifPresent(home -> {
            throw new ImportProblem("OTHER_MUNICIPALITY", FILE_FIELD, "Bestand " + file.fileName() + ": deze"
                    + " verkiezing is voor " + definition.election().domain().orElseThrow().name() + " (" + code
                    + "), maar Stemwerk is ingesteld voor " + home.name() + " (" + home.cbsCode() + "). Kies de"
                    + " verkiezingsdefinitie van uw eigen gemeente. Er is niets opgeslagen.");
        });
        String identifier = definition.election().id();
        if (elections.list().stream().anyMatch(e -> e.identifier().equals(identifier))) {
            throw new ImportProblem("ELECTION_EXISTS", FILE_FIELD, "Bestand " + file.fileName() + ": de verkiezing "
                    + identifier + " staat al in Stemwerk. Er is niets opgeslagen.");
        }
    }

    private Optional<Municipality> home() {
        return municipalities.home();
    }

    private ImportView save(ImportDraft draft) {
        drafts.put(draft);
        return ImportViews.of(draft, home());
    }

    private static String describeContest(ElectionDefinition definition) {
        String id = definition.contest().id();
        return "geen".equals(id) ? "de hele gemeente" : "kieskring " + id;
    }

    private static <T> T read(UploadedFile file, BiFunction<ByteArrayInputStream, String, T> reader) {
        return check(() -> reader.apply(new ByteArrayInputStream(file.content()), file.fileName()));
    }

    private static <T> T check(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (EmlException e) {
            throw ImportProblem.of(e, FILE_FIELD);
        }
    }

    private static void check(Runnable action) {
        check(() -> {
            action.run();
            return null;
        });
    }
}
