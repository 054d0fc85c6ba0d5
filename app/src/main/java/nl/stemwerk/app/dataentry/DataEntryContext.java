package nl.stemwerk.app.dataentry;

import java.util.List;
import java.util.Optional;
import nl.stemwerk.app.committee.CommitteeSession;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;

/**
 * A data entry with what it is about: the session, the election, the station (none for the CSB's entry of the GSB
 * result), the form's shape and sections.
 */
public record DataEntryContext(DataEntryRecord record, CommitteeSession session, StoredElection election,
                               Optional<ElectionStation> station, List<FormSection> sections) {
    public DataEntryContext {
        sections = List.copyOf(sections);
    }

    /** The number of the station, 0 for the CSB's entry. */
    public int stationNumber() {
        return station.map(ElectionStation::number).orElse(0);
    }

    public Optional<FormSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The section after {@code key}, or the final check when it is the last. */
    public String nextSection(String key) {
        for (int i = 0; i < sections.size() - 1; i++) {
            if (sections.get(i).key().equals(key)) {
                return sections.get(i + 1).key();
            }
        }
        return EntrySections.CHECK;
    }

    /** The section before {@code key}, or empty for the first. */
    public Optional<String> previousSection(String key) {
        if (EntrySections.CHECK.equals(key)) {
            return Optional.of(sections.getLast().key());
        }
        for (int i = 1; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                return Optional.of(sections.get(i - 1).key());
            }
        }
        return Optional.empty();
    }
}
