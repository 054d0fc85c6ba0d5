package nl.stemwerk.app.dataentry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.dataentry.DataEntryRecord.Slot;
import nl.stemwerk.app.dataentry.DataEntryRepository.StateRow;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.platform.audit.Change;
import nl.stemwerk.app.platform.audit.ChangeService;
import nl.stemwerk.kieswet.committee.CommitteeSessionStatus;
import nl.stemwerk.kieswet.dataentry.DataEntryStatus;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import nl.stemwerk.kieswet.dataentry.DataEntryTransitionException;
import nl.stemwerk.kieswet.dataentry.Empty;
import nl.stemwerk.kieswet.dataentry.FirstEntryCorrection;
import nl.stemwerk.kieswet.dataentry.FirstEntryFinalised;
import nl.stemwerk.kieswet.dataentry.FirstEntryInProgress;
import nl.stemwerk.kieswet.dataentry.SecondEntryCorrection;
import nl.stemwerk.kieswet.dataentry.SecondEntryInProgress;
import nl.stemwerk.kieswet.dataentry.TypistId;
import nl.stemwerk.kieswet.entry.EntryModel;
import nl.stemwerk.kieswet.entry.ReportEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double entry of processen-verbaal: typists claim, save, finalise and discard their entries; the coordinator
 * resolves errors and differences. The rules are the library's {@link DataEntryStatus}; this service loads the
 * state, applies one transition and stores the result as new rows with its audit row. Every action names the
 * version it was made on, so that of two typists acting on the same proces-verbaal at once exactly one succeeds.
 */
@Service
public class DataEntryService {
    private final DataEntryRepository entries;
    private final ElectionService elections;
    private final CommitteeSessionService sessions;
    private final ChangeService changes;
    private final DataEntryTargets targets;

    public DataEntryService(DataEntryRepository entries, ElectionService elections, CommitteeSessionService sessions,
                            ChangeService changes, DataEntryTargets targets) {
        this.entries = entries;
        this.elections = elections;
        this.sessions = sessions;
        this.changes = changes;
        this.targets = targets;
    }

    /** Every proces-verbaal of a session with where its entry stands, in station order. */
    @Transactional(readOnly = true)
    public List<StationProgress> progress(long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        StoredElection election = elections.get(session.electionId());
        Map<Long, DataEntryRepository.SessionRow> byStation = new LinkedHashMap<>();
        entries.sessionStates(sessionId).forEach(row -> byStation.put(row.stationId() == null ? 0L : row.stationId(), row));
        List<StationProgress> progress = new ArrayList<>();
        for (DataEntryTargets.Target target : targets.of(session, election)) {
            DataEntryRepository.SessionRow row = byStation.get(target.stationId() == null ? 0L : target.stationId());
            progress.add(row == null
                    ? new StationProgress(target.number(), target.name(), null, DataEntryStatusName.EMPTY, 0, null, null,
                    null)
                    : new StationProgress(target.number(), target.name(), row.dataEntryId(),
                    DataEntryStatusName.valueOf(row.status()), row.version(), row.firstTypist(), row.secondTypist(),
                    row.changedAt()));
        }
        return progress;
    }

    /**
     * The definitive results of a session, in station order (the CSB's entry has station number 0).
     */
    @Transactional(readOnly = true)
    public List<DefinitiveResult> definitiveResults(long sessionId) {
        CommitteeSession session = sessions.find(sessionId);
        StoredElection election = elections.get(session.electionId());
        List<DefinitiveResult> results = new ArrayList<>();
        for (DataEntryRepository.DefinitiveRow row : entries.definitive(sessionId)) {
            Optional<ElectionStation> station = row.stationId() == null ? Optional.empty()
                    : election.stationById(row.stationId());
            EntryModel model = station.isPresent() ? election.countingMethod().gsbEntryModel() : EntryModel.CSB;
            results.add(new DefinitiveResult(row.dataEntryId(), station.map(ElectionStation::number).orElse(0),
                    station.map(ElectionStation::name).orElse(""),
                    EntryCodec.decode(EntryShape.of(model, election.lists()), row.fields())));
        }
        results.sort(java.util.Comparator.comparingInt(DefinitiveResult::stationNumber));
        return results;
    }

    /** A data entry with its session, election, station and form. */
    @Transactional(readOnly = true)
    public DataEntryContext context(long dataEntryId) {
        DataEntryRepository.Target target = entries.target(dataEntryId)
                .orElseThrow(() -> DataEntryRefused.notFound(dataEntryId));
        CommitteeSession session = sessions.find(target.sessionId());
        StoredElection election = elections.get(session.electionId());
        Optional<ElectionStation> station = target.stationId() == null ? Optional.empty()
                : election.stationById(target.stationId());
        EntryShape shape = EntryShape.of(target.model(), election.lists());
        return new DataEntryContext(load(dataEntryId, shape), session, election, station,
                EntrySections.of(target.model(), election.lists()));
    }

    /**
     * A typist starts (or takes up again) the first entry, or, once the first is finished, the second. Station 0
     * is the CSB's entry of the GSB result. Making the station's data entry and claiming it are one transaction: one
     * user action, one commit.
     */
    @Transactional
    public DataEntryContext claim(long sessionId, int stationNumber, int version, String typist) {
        CommitteeSession session = sessions.find(sessionId);
        requireTypistMayEnter(session, typist);
        StoredElection election = elections.get(session.electionId());
        DataEntryTargets.Target target = targets.of(session, election).stream()
                .filter(t -> t.number() == stationNumber).findFirst()
                .orElseThrow(() -> DataEntryRefused.noSuchStation(stationNumber));
        EntryModel model = target.model();
        long dataEntryId = entries.find(sessionId, target.stationId()).orElseGet(() -> changes.apply(
                new Change("invoer.aangemaakt", "zitting:" + sessionId, Map.of("stembureau", stationNumber)),
                () -> entries.ensure(sessionId, target.stationId(), model)));
        EntryShape shape = EntryShape.of(model, election.lists());
        ReportEntry empty = target.start().isEmpty() ? shape.empty() : EntryCodec.decode(shape, target.start());
        TypistId id = new TypistId(typist);
        transition(load(dataEntryId, shape), version, "invoer.geclaimd", Map.of("invoerder", typist), null, status -> {
            boolean second = status instanceof FirstEntryFinalised || status instanceof SecondEntryInProgress
                    || status instanceof SecondEntryCorrection;
            return second ? status.claimSecondEntry(id, empty) : status.claimFirstEntry(id, empty);
        });
        return context(dataEntryId);
    }

    /**
     * The typist saves one section: the values given replace those of the typist's entry so far; the other boxes
     * stay as they were.
     */
    public DataEntryContext save(long dataEntryId, int version, String typist, Map<String, String> values,
                                 String section) {
        DataEntryContext context = context(dataEntryId);
        requireTypistMayEnter(context.session(), typist);
        TypistId id = new TypistId(typist);
        boolean first = ownsFirst(context.record().status(), id);
        ReportEntry current = (first ? DataEntryRecord.firstOf(context.record().status())
                : DataEntryRecord.secondOf(context.record().status())).map(Slot::entry)
                .orElseGet(() -> context.record().shape().empty());
        Map<String, String> merged = EntryCodec.encode(current);
        merged.putAll(values);
        ReportEntry entry = EntryCodec.decode(context.record().shape(), merged);
        transition(context.record(), version, "invoer.opgeslagen",
                Map.of("invoerder", typist, "onderdeel", section), section,
                status -> first ? status.saveFirstEntry(id, entry) : status.saveSecondEntry(id, entry));
        return context(dataEntryId);
    }

    /** The typist finishes their entry. */
    public DataEntryContext finalise(long dataEntryId, int version, String typist) {
        DataEntryContext context = context(dataEntryId);
        requireTypistMayEnter(context.session(), typist);
        TypistId id = new TypistId(typist);
        boolean first = ownsFirst(context.record().status(), id);
        transition(context.record(), version, "invoer.afgerond", Map.of("invoerder", typist),
                null, status -> first ? status.finaliseFirstEntry(id) : status.finaliseSecondEntry(id));
        return context(dataEntryId);
    }

    /** The typist throws away their unfinished entry. */
    public DataEntryContext discard(long dataEntryId, int version, String typist) {
        DataEntryContext context = context(dataEntryId);
        requireTypistMayEnter(context.session(), typist);
        TypistId id = new TypistId(typist);
        boolean first = ownsFirst(context.record().status(), id);
        transition(context.record(), version, "invoer.verwijderd", Map.of("invoerder", typist),
                null, status -> first ? status.discardFirstEntry(id) : status.discardSecondEntry(id));
        return context(dataEntryId);
    }

    /** The coordinator resolves errors or differences, or starts the entry again. */
    public DataEntryContext resolve(long dataEntryId, int version, Resolution resolution) {
        DataEntryContext context = context(dataEntryId);
        if (context.session().status() == CommitteeSessionStatus.COMPLETED) {
            throw DataEntryRefused.sessionCompleted();
        }
        transition(context.record(), version, resolution.auditAction(), Map.of(), null,
                resolution::apply);
        return context(dataEntryId);
    }

    private DataEntryRecord load(long dataEntryId, EntryShape shape) {
        Optional<StateRow> row = entries.currentState(dataEntryId);
        if (row.isEmpty()) {
            return new DataEntryRecord(dataEntryId, shape, 0, new Empty(), Optional.empty(), Optional.empty(), null);
        }
        StateRow state = row.get();
        Optional<StoredEntry> first = Optional.ofNullable(state.firstEntryId()).flatMap(id -> entries.entry(id, shape));
        Optional<StoredEntry> second = Optional.ofNullable(state.secondEntryId())
                .flatMap(id -> entries.entry(id, shape));
        return new DataEntryRecord(dataEntryId, shape, state.version(),
                DataEntryRecord.status(state.status(), first, second), first, second, state.changedAt());
    }

    /**
     * Applies {@code step} to {@code current}, the state as the caller loaded it. It may be stale by now: then its
     * version is not the one the action names, or the next version's row exists and the insert fails; either way the
     * action is refused as made on an older version, exactly as with a fresh read.
     */
    private void transition(DataEntryRecord current, int version, String action, Map<String, Object> details,
                            String section, UnaryOperator<DataEntryStatus> step) {
        long dataEntryId = current.dataEntryId();
        if (current.version() != version) {
            throw new OptimisticLockingFailureException("data entry " + dataEntryId + " is at version "
                    + current.version() + ", action was taken on version " + version);
        }
        DataEntryStatus next;
        try {
            next = step.apply(current.status());
        } catch (DataEntryTransitionException e) {
            throw DataEntryRefused.of(e);
        }
        Map<String, Object> audit = new LinkedHashMap<>(details);
        audit.put("status", next.name().name());
        audit.put("versie", current.version() + 1);
        changes.apply(new Change(action, "invoer:" + dataEntryId, audit), () -> {
            Long firstId = entryId(current, DataEntryRecord.firstOf(next), section, true);
            Long secondId = entryId(current, DataEntryRecord.secondOf(next), section, false);
            entries.appendState(dataEntryId, new StateRow(current.version() + 1, next.name().name(),
                    DataEntryRecord.firstOf(next).map(s -> s.typist().value()).orElse(null), firstId,
                    DataEntryRecord.secondOf(next).map(s -> s.typist().value()).orElse(null), secondId, null),
                    action, ChangeService.currentActor());
        });
    }

    /**
     * The stored entry behind a slot of the next state: an earlier row when the same typist's entry did not change
     * (and no new section was saved), otherwise a new row.
     */
    private Long entryId(DataEntryRecord current, Optional<Slot> slot, String section, boolean firstSlot) {
        if (slot.isEmpty()) {
            return null;
        }
        List<Optional<StoredEntry>> candidates = firstSlot ? List.of(current.first(), current.second())
                : List.of(current.second(), current.first());
        for (Optional<StoredEntry> stored : candidates) {
            if (stored.isPresent() && stored.get().typist().equals(slot.get().typist().value())
                    && stored.get().entry().equals(slot.get().entry())
                    && (section == null || section.equals(stored.get().lastSection()))) {
                return stored.get().id();
            }
        }
        String lastSection = section != null ? section : candidates.stream().flatMap(Optional::stream)
                .filter(s -> s.typist().equals(slot.get().typist().value())).map(StoredEntry::lastSection)
                .findFirst().orElse("");
        return entries.insertEntry(current.dataEntryId(), slot.get().typist().value(),
                EntryCodec.encode(slot.get().entry()), lastSection);
    }

    private static boolean ownsFirst(DataEntryStatus status, TypistId typist) {
        return switch (status) {
            case FirstEntryInProgress s -> s.firstTypist().equals(typist);
            case FirstEntryCorrection s -> s.firstTypist().equals(typist);
            default -> false;
        };
    }

    private static void requireTypistMayEnter(CommitteeSession session, String typist) {
        if (!session.hasTypist(typist)) {
            throw DataEntryRefused.notAssigned(session);
        }
        if (session.status() != CommitteeSessionStatus.DATA_ENTRY) {
            throw DataEntryRefused.sessionNotEntering(session);
        }
    }

    /** The session that is entering now for an election's committee, e.g. for the typist's start page. */
    public CommitteeSession latestSession(long electionId, Committee committee) {
        return sessions.latest(electionId, committee);
    }
}
