package nl.stemwerk.eml.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.ContestOverview;
import nl.stemwerk.eml.count.CountOverview;
import nl.stemwerk.eml.count.ListVotes;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.eml.definition.ElectionDefinition;
import nl.stemwerk.eml.result.ElectionResult;
import nl.stemwerk.eml.result.ResultContest;
import nl.stemwerk.eml.stations.PollingStationList;

/**
 * What a file holds, for the import wizard and {@code eml validate}: the message, the election, and how many
 * seats, lists, candidates, polling stations and reporting units it has. A figure that does not apply to the
 * message is 0 (or empty for seats).
 *
 * @param fileName        the file's name as the user chose it
 * @param type            which EML_NL message
 * @param election        which election
 * @param authority       who made the file, when stated
 * @param contests        the contests (electoral districts) in the file
 * @param numberOfSeats   seats to fill (110a) or filled (520)
 * @param lists           lists: registered parties (110a), lists (230b), lists with votes (510), lists with seats
 *                        (520)
 * @param candidates      candidates on the lists (230b), with votes (510) or elected (520)
 * @param pollingStations polling stations (110b)
 * @param reportingUnits  reporting units (510)
 */
public record EmlSummary(String fileName, EmlMessageType type, ElectionIdentity election,
                         Optional<Authority> authority, List<ContestIdentity> contests, OptionalInt numberOfSeats,
                         int lists, int candidates, int pollingStations, int reportingUnits) {
    public EmlSummary {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(election, "election");
        authority = authority == null ? Optional.empty() : authority;
        contests = List.copyOf(contests);
        numberOfSeats = numberOfSeats == null ? OptionalInt.empty() : numberOfSeats;
    }

    public static EmlSummary of(ElectionDefinition definition, String fileName) {
        return new EmlSummary(fileName, EmlMessageType.ELECTION_DEFINITION, definition.election(),
                definition.header().authority(), List.of(definition.contest()),
                OptionalInt.of(definition.numberOfSeats()), definition.registeredParties().size(), 0, 0, 0);
    }

    public static EmlSummary of(PollingStationList stations, String fileName) {
        return new EmlSummary(fileName, EmlMessageType.POLLING_STATIONS, stations.election(),
                stations.header().authority(), List.of(stations.contest()), OptionalInt.empty(), 0, 0,
                stations.stations().size(), 0);
    }

    public static EmlSummary of(CandidateLists lists, String fileName) {
        return new EmlSummary(fileName, EmlMessageType.CANDIDATE_LISTS, lists.election(), lists.header().authority(),
                lists.contests().stream().map(CandidateContest::contest).toList(), OptionalInt.empty(),
                lists.numberOfLists(), lists.numberOfCandidates(), 0, 0);
    }

    public static EmlSummary of(CountOverview count, String fileName) {
        List<VoteCount> totals = count.contests().stream().flatMap(contest -> contest.totals().stream()).toList();
        return new EmlSummary(fileName, count.header().type(), count.header().election(),
                count.header().header().authority(),
                count.contests().stream().map(ContestOverview::contest).toList(), OptionalInt.empty(),
                totals.stream().mapToInt(total -> total.lists().size()).sum(),
                totals.stream().flatMap(total -> total.lists().stream()).mapToInt(ListVotes::sizeOfCandidates).sum(),
                0, count.numberOfReportingUnits());
    }

    public static EmlSummary of(ElectionResult result, String fileName) {
        return new EmlSummary(fileName, EmlMessageType.RESULT, result.election(), result.header().authority(),
                result.contests().stream().map(ResultContest::contest).toList(),
                OptionalInt.of(result.contests().stream().mapToInt(ResultContest::seats).sum()),
                result.contests().stream().mapToInt(contest -> contest.lists().size()).sum(),
                result.contests().stream().mapToInt(ResultContest::seats).sum(), 0, 0);
    }

    /** The summary in a few Dutch sentences (B1), for a wizard or the command line. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(fileName + " bevat " + type.dutchDescription() + " (EML " + type.id() + ").");
        lines.add("Verkiezing: " + (election.name().isEmpty() ? election.id() : election.name()) + ", op "
                + election.electionDate() + election.domain().map(d -> ", in " + d.name()).orElse("") + ".");
        authority.ifPresent(a -> lines.add("Gemaakt door: " + a.name() + " (" + a.id() + ")."));
        numberOfSeats.ifPresent(seats -> lines.add("Zetels: " + seats + "."));
        if (lists > 0) {
            lines.add("Lijsten: " + lists + ".");
        }
        if (candidates > 0) {
            lines.add("Kandidaten: " + candidates + ".");
        }
        if (pollingStations > 0) {
            lines.add("Stembureaus: " + pollingStations + ".");
        }
        if (reportingUnits > 0) {
            lines.add("Tellingen van stembureaus: " + reportingUnits + ".");
        }
        return lines;
    }
}
