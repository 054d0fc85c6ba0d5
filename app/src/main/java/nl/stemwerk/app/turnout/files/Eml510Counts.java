package nl.stemwerk.app.turnout.files;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.election.PollingStationType;
import nl.stemwerk.turnout.count.ElectionCount;
import nl.stemwerk.turnout.count.StationCount;
import nl.stemwerk.turnout.count.VotingDays;
import nl.stemwerk.turnout.problem.ReadNote;

/**
 * The count of one municipality from an EML_NL 510b, as the turnout library needs it: each reporting unit becomes a
 * {@link StationCount} through {@link StationCount#of} (fields A–G of the kieswet model), with its called voters
 * ({@code Cast}) and the voting day by the library's own rule ({@link VotingDays}).
 */
final class Eml510Counts {
    /** "Stembureau Gemeentehuis (maandag) (postcode: 6658 AG)": the Kiesraad software's unit name. */
    private static final Pattern UNIT_NAME = Pattern.compile("^(?:Stembureau\\s+)?(.*?)(?:\\s*\\(postcode:\\s*([^)]*)\\))?$");

    private Eml510Counts() {
    }

    static ElectionCount of(Count count, String fileName) {
        if (count.header().type() != EmlMessageType.MUNICIPAL_COUNT) {
            throw UnusableFile.of("EML_NOT_A_510B", fileName, "Dit is een " + count.header().type().id()
                    + ". Voor de opkomst per stembureau is de telling van een gemeente nodig: een EML 510b.");
        }
        if (count.contests().size() != 1) {
            throw UnusableFile.of("EML_SEVERAL_CONTESTS", fileName, "Het bestand heeft " + count.contests().size()
                    + " kieskringen. Een 510b van één gemeente hoort er één te hebben.");
        }
        CountContest contest = count.contests().getFirst();
        Authority authority = count.header().header().authority().orElseThrow(() -> UnusableFile.of(
                "EML_NO_MUNICIPALITY", fileName, "Het bestand noemt geen gemeente (ManagingAuthority ontbreekt)."));
        List<PollingStation> stations = new ArrayList<>();
        List<ReportingUnitVotes> units = new ArrayList<>();
        for (ReportingUnitVotes unit : contest.units()) {
            OptionalInt number = unit.unit().pollingStationNumber();
            if (number.isEmpty() || number.getAsInt() < 1) {
                throw UnusableFile.of("EML_NOT_A_STATION", fileName, "Telgebied " + unit.unit().id()
                        + " is geen stembureau. Een 510b van een gemeente heeft alleen stembureaus.");
            }
            Matcher name = UNIT_NAME.matcher(unit.unit().name().strip());
            String stationName = name.matches() && !name.group(1).isBlank() ? name.group(1).strip()
                    : "Stembureau " + number.getAsInt();
            String postcode = name.matches() && name.group(2) != null ? name.group(2).strip() : "";
            stations.add(new PollingStation(number.getAsInt(), stationName, postcode,
                    unit.unit().type().orElse(PollingStationType.FIXED), OptionalLong.of(unit.votes().cast())));
            units.add(unit);
        }
        if (stations.isEmpty()) {
            throw UnusableFile.of("EML_NO_STATIONS", fileName, "Het bestand heeft geen stembureaus met tellingen.");
        }
        var election = count.header().election();
        VotingDays days = VotingDays.of(fileName, election.electionDate(), stations);
        List<StationCount> counts = new ArrayList<>();
        for (int i = 0; i < stations.size(); i++) {
            counts.add(StationCount.of(stations.get(i), CountMapping.toResults(units.get(i)), days.days().get(i)));
        }
        long calledTotal = contest.totals().map(totals -> totals.cast())
                .orElseGet(() -> units.stream().mapToLong(u -> u.votes().cast()).sum());
        List<ReadNote> notes = days.note().stream().toList();
        String electionName = election.name().isBlank() ? election.id() : election.name();
        return new ElectionCount(electionName, election.electionDate(), authority.id(), authority.name(), calledTotal,
                counts, notes);
    }
}
