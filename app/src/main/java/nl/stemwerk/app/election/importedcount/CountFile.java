package nl.stemwerk.app.election.importedcount;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.election.emlfile.ImportProblem;
import nl.stemwerk.app.election.emlfile.UploadedFile;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateList;
import nl.stemwerk.eml.check.KnownSelections;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.count.UncountedReason;
import nl.stemwerk.eml.count.VoteCount;

/**
 * Reads a 510b for an election that is in Stemwerk and checks that it belongs to it: the reader checks the schema
 * and that every total adds up; this checks the election, the municipality, that there is one contest with totals,
 * and that every list, candidate and polling station in it is one of the election's.
 */
final class CountFile {
    /** The reason codes that have a field in the kieswet model (A to D, I and J); the others are kept apart. */
    private static final Set<UncountedReason> MAPPED = EnumSet.of(UncountedReason.VALID_POLL_CARDS,
            UncountedReason.VALID_PROXY_CERTIFICATES, UncountedReason.VALID_VOTER_CARDS,
            UncountedReason.ADMITTED_VOTERS, UncountedReason.MORE_BALLOTS_COUNTED,
            UncountedReason.FEWER_BALLOTS_COUNTED);
    static final String FIELD = "bestand";

    private CountFile() {
    }

    /** What a checked 510b holds: the totals and the figures per station, in file order. */
    record Read(ImportedCount.Figures total, List<ImportedCount.Figures> stations) {
    }

    static Read read(StoredElection election, UploadedFile file, EmlReadOptions options) {
        Count count;
        try {
            count = new CountReader(options).read(new ByteArrayInputStream(file.content()), file.fileName());
        } catch (EmlException e) {
            throw ImportProblem.of(e, FIELD);
        }
        String name = file.fileName();
        if (count.header().type() != EmlMessageType.MUNICIPAL_COUNT) {
            throw problem("WRONG_MESSAGE_TYPE", name, "dit is " + count.header().type().dutchDescription()
                    + " (EML " + count.header().type().id() + "). Kies de telling van het gemeentelijk stembureau"
                    + " (EML 510b).");
        }
        requireSameElection(election, count, name);
        if (count.contests().size() != 1) {
            throw problem("MORE_THAN_ONE_CONTEST", name, "het bestand heeft " + count.contests().size()
                    + " kieskringen. Een telling van een gemeente heeft er één.");
        }
        CountContest contest = count.contests().getFirst();
        VoteCount totals = contest.totals().orElseThrow(() -> problem("MISSING_VALUE", name,
                "het bestand heeft geen totalen (<TotalVotes>). Stemwerk leest alleen een telling met totalen in."));
        KnownSelections known = new KnownSelections(new CandidateContest(ContestIdentity.NONE,
                election.lists().stream().map(CandidateList::standalone).toList()));
        try {
            known.require(totals, "In de totalen", name);
            for (ReportingUnitVotes unit : contest.units()) {
                known.require(unit.votes(), "Bij " + unit.unit().id(), name);
            }
        } catch (EmlException e) {
            throw ImportProblem.of(e, FIELD);
        }
        List<ImportedCount.Figures> stations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ReportingUnitVotes unit : contest.units()) {
            OptionalInt number = unit.unit().pollingStationNumber();
            if (number.isEmpty() || election.station(number.getAsInt()).isEmpty()) {
                throw problem("UNKNOWN_POLLING_STATION", name, "er staat een telling in van " + unit.unit().id()
                        + " (" + unit.unit().name() + "), maar dat is geen stembureau van deze verkiezing.");
            }
            if (!seen.add(number.getAsInt())) {
                throw problem("DUPLICATE_POLLING_STATION", name, "stembureau " + number.getAsInt()
                        + " heeft twee tellingen in het bestand. Elk stembureau heeft er één.");
            }
            stations.add(figures(number.getAsInt(), unit.unit().id(), unit.unit().name(), unit.votes(),
                    CountMapping.toResults(unit)));
        }
        return new Read(figures(0, "", "Totaal", totals, CountMapping.toResults(totals)), stations);
    }

    private static void requireSameElection(StoredElection stored, Count count, String name) {
        var file = count.header().election();
        var election = stored.election();
        String municipality = count.header().header().authority().map(a -> a.id()).orElse(file.domainCode());
        if (!municipality.equals(election.domain().code())) {
            throw problem("OTHER_MUNICIPALITY", name, "deze telling komt van gemeente " + municipality
                    + ", maar de verkiezing is van " + election.domain().name() + " (" + election.domain().code()
                    + "). Kies de telling van de juiste gemeente.");
        }
        if (!file.id().equals(election.identifier()) || !file.electionDate().equals(election.electionDate())) {
            throw problem("OTHER_ELECTION", name, "deze telling hoort bij de verkiezing " + file.id() + " van "
                    + file.electionDate() + ", maar u leest hem in bij " + election.identifier() + " van "
                    + election.electionDate() + ". Kies de telling van deze verkiezing.");
        }
    }

    private static ImportedCount.Figures figures(int station, String unitId, String unitName, VoteCount votes,
                                                 nl.stemwerk.kieswet.results.PollingStationResults results) {
        Map<String, Long> explanations = new LinkedHashMap<>();
        votes.uncounted().forEach((reason, value) -> {
            if (!MAPPED.contains(reason)) {
                explanations.put(reason.code(), value);
            }
        });
        return new ImportedCount.Figures(station, unitId, unitName, votes.cast(), results, explanations);
    }

    private static ImportProblem problem(String code, String fileName, String problem) {
        return new ImportProblem(code, FIELD, "Bestand " + fileName + ": " + problem);
    }
}
