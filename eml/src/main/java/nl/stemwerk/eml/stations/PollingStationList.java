package nl.stemwerk.eml.stations;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.kieswet.election.PollingStation;

/**
 * An EML_NL 110b: the polling stations ("stembureaus") of one municipality for an election.
 *
 * @param header        header of the file
 * @param election      which election
 * @param contest       the contest, always "geen" in a 110b
 * @param municipality  {@code ReportingUnitIdentifier}: the municipality by CBS code and name
 * @param maxVotes      {@code MaxVotes}: the number of eligible voters of the municipality, when stated
 * @param stations      the polling stations in file order; numbers are unique
 */
public record PollingStationList(EmlHeader header, ElectionIdentity election, ContestIdentity contest,
                                 Authority municipality, OptionalLong maxVotes, List<PollingStation> stations) {
    public PollingStationList {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(election, "election");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(municipality, "municipality");
        maxVotes = maxVotes == null ? OptionalLong.empty() : maxVotes;
        stations = List.copyOf(stations);
    }
}
