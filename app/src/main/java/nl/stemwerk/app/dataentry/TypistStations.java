package nl.stemwerk.app.dataentry;

import java.util.List;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.committee.CommitteeSessionService;
import nl.stemwerk.app.dataentry.OpenStationRepository.OpenRow;
import nl.stemwerk.app.election.ElectionService;
import nl.stemwerk.kieswet.dataentry.DataEntryStatusName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a typist's station list needs: one page of the processen-verbaal they can start or go on with (searchable by
 * number), and where one station stands. The coordinator's view of every station is
 * {@link DataEntryService#progress}.
 */
@Service
public class TypistStations {
    /** Rows per page: a screen's worth; a typist finds a station by its number rather than by paging. */
    public static final int PAGE_SIZE = 25;

    private final CommitteeSessionService sessions;
    private final ElectionService elections;
    private final DataEntryTargets targets;
    private final DataEntryRepository entries;
    private final OpenStationRepository open;

    TypistStations(CommitteeSessionService sessions, ElectionService elections, DataEntryTargets targets,
                   DataEntryRepository entries, OpenStationRepository open) {
        this.sessions = sessions;
        this.elections = elections;
        this.targets = targets;
        this.entries = entries;
        this.open = open;
    }

    /** Page {@code page} (from 1) of what {@code typist} can start or go on with, filtered by {@code search}. */
    @Transactional(readOnly = true)
    public OpenStations openTo(long sessionId, String typist, String search, int page) {
        CommitteeSession session = sessions.find(sessionId);
        if (!session.hasTypist(typist)) {
            throw DataEntryRefused.notAssigned(session);
        }
        StationSearch filter = StationSearch.of(search);
        List<DataEntryTargets.Target> matching = targets.of(session, elections.get(session.electionId())).stream()
                .filter(t -> filter.matches(t.number(), t.name())).toList();
        int current = Math.max(1, page);
        List<OpenRow> rows = open.open(sessionId, matching.stream().map(TypistStations::key).toList(), typist,
                PAGE_SIZE + 1, (current - 1L) * PAGE_SIZE);
        List<StationProgress> stations = rows.stream().limit(PAGE_SIZE)
                .map(row -> progress(matching.get(row.position()), row)).toList();
        return new OpenStations(current, rows.size() > PAGE_SIZE, search == null ? "" : search.strip(), stations);
    }

    /** Where the entry of station {@code number} (0: the GSB's result at the CSB) stands, whoever is entering it. */
    @Transactional(readOnly = true)
    public StationProgress station(long sessionId, int number) {
        CommitteeSession session = sessions.find(sessionId);
        DataEntryTargets.Target target = targets.of(session, elections.get(session.electionId())).stream()
                .filter(t -> t.number() == number).findFirst()
                .orElseThrow(() -> DataEntryRefused.noSuchStation(number));
        return entries.find(sessionId, target.stationId())
                .map(id -> entries.currentState(id).map(state -> new StationProgress(target.number(), target.name(), id,
                        DataEntryStatusName.valueOf(state.status()), state.version(), state.firstTypist(),
                        state.secondTypist(), state.changedAt())).orElse(empty(target, id)))
                .orElseGet(() -> empty(target, null));
    }

    private static long key(DataEntryTargets.Target target) {
        return target.stationId() == null ? 0L : target.stationId();
    }

    private static StationProgress progress(DataEntryTargets.Target target, OpenRow row) {
        if (row.state() == null) {
            return empty(target, row.dataEntryId());
        }
        OpenStationRepository.StateSummary state = row.state();
        return new StationProgress(target.number(), target.name(), row.dataEntryId(),
                DataEntryStatusName.valueOf(state.status()), state.version(), state.firstTypist(), state.secondTypist(),
                state.changedAt());
    }

    private static StationProgress empty(DataEntryTargets.Target target, Long dataEntryId) {
        return new StationProgress(target.number(), target.name(), dataEntryId, DataEntryStatusName.EMPTY, 0, null,
                null, null);
    }
}
