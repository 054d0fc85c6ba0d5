package nl.stemwerk.app.dataentry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.stemwerk.app.committee.Committee;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.kieswet.entry.EntryModel;
import org.springframework.stereotype.Component;

/**
 * What a session has to enter: in the first GSB session the proces-verbaal of every polling station (in the form of
 * the election's counting method); in a later GSB session the corrections ordered by the CSB
 * ({@link CorrectionTargets}); in a CSB session the GSB's result (Na 31-2), entered twice by hand as art. P 20a
 * Kieswet asks.
 */
@Component
class DataEntryTargets {

    /**
     * One proces-verbaal to enter.
     *
     * @param number    the station's number, 0 for the GSB's result at the CSB
     * @param name      what is entered, for lists
     * @param stationId the station, or {@code null} for the GSB's result
     * @param model     the paper model
     * @param start     the boxes the entry starts with; empty for a blank form
     */
    record Target(int number, String name, Long stationId, EntryModel model, Map<String, String> start) {
        Target(int number, String name, Long stationId, EntryModel model) {
            this(number, name, stationId, model, Map.of());
        }
    }

    private final CorrectionTargets corrections;

    DataEntryTargets(CorrectionTargets corrections) {
        this.corrections = corrections;
    }

    List<Target> of(CommitteeSession session, StoredElection election) {
        if (session.committee() == Committee.CSB) {
            return List.of(new Target(0, "Uitkomst van het gemeentelijk stembureau (Na 31-2)", null, EntryModel.CSB));
        }
        EntryModel model = election.countingMethod().gsbEntryModel();
        if (session.number() == 1) {
            Set<Long> later = corrections.addedLater(election.id());
            return election.stations().stream().filter(s -> !later.contains(s.id()))
                    .map(s -> new Target(s.number(), s.name(), s.id(), model)).toList();
        }
        return corrections.of(session.id()).stream().flatMap(c -> election.stationById(c.stationId()).stream()
                .map(s -> new Target(s.number(), s.name(), s.id(), model, c.start()))).toList();
    }
}
