package nl.stemwerk.turnout.count;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.stemwerk.kieswet.election.ElectionCategory;
import nl.stemwerk.turnout.geo.AreaCodes;
import nl.stemwerk.turnout.problem.ReadNote;

/**
 * The count of one municipality in one election, as far as turnout analysis needs it.
 *
 * @param electionName      e.g. "Gemeenteraad Hilversum 2022"
 * @param electionDate      election day
 * @param municipalityCode  CBS code with prefix, e.g. "GM0402"
 * @param municipalityName  e.g. "Hilversum"
 * @param calledVotersTotal the municipality's called voters ("opgeroepen", the electorate); 0 when not given
 * @param stations          every column, election day and early voting
 * @param notes             what the reader noticed and accepted
 */
public record ElectionCount(String electionName, LocalDate electionDate, String municipalityCode,
                            String municipalityName, long calledVotersTotal, List<StationCount> stations,
                            List<ReadNote> notes) {
    public ElectionCount {
        Objects.requireNonNull(electionName, "electionName");
        Objects.requireNonNull(electionDate, "electionDate");
        municipalityCode = AreaCodes.municipality(municipalityCode);
        Objects.requireNonNull(municipalityName, "municipalityName");
        if (calledVotersTotal < 0) {
            throw new IllegalArgumentException("calledVotersTotal < 0");
        }
        stations = List.copyOf(stations);
        notes = List.copyOf(notes);
    }

    public List<StationCount> electionDayStations() {
        return stations.stream().filter(s -> !s.isEarly()).toList();
    }

    public List<StationCount> earlyVotingStations() {
        return stations.stream().filter(StationCount::isEarly).toList();
    }

    public long admittedVoters() {
        return stations.stream().mapToLong(StationCount::admittedVoters).sum();
    }

    public long votesCast() {
        return stations.stream().mapToLong(StationCount::votesCast).sum();
    }

    /** The kind of election, read from the first words of its name ("Gemeenteraad …", "Tweede Kamer …"). */
    public Optional<ElectionCategory> category() {
        String name = electionName.toLowerCase(Locale.ROOT);
        if (name.startsWith("gemeenteraad")) {
            return Optional.of(ElectionCategory.MUNICIPAL_COUNCIL);
        } else if (name.startsWith("tweede kamer")) {
            return Optional.of(ElectionCategory.HOUSE_OF_REPRESENTATIVES);
        } else if (name.startsWith("provinciale staten")) {
            return Optional.of(ElectionCategory.PROVINCIAL_COUNCIL);
        } else if (name.startsWith("europees parlement")) {
            return Optional.of(ElectionCategory.EUROPEAN_PARLIAMENT);
        } else if (name.startsWith("algemeen bestuur") || name.startsWith("waterschap")) {
            return Optional.of(ElectionCategory.WATER_BOARD);
        }
        return Optional.empty();
    }
}
