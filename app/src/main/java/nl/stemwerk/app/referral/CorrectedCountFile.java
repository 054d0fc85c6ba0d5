package nl.stemwerk.app.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stemwerk.app.documents.DocumentFile;
import nl.stemwerk.app.documents.EmlFiles;
import nl.stemwerk.app.election.CountingMethod;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.InvestigationReason;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * The corrected EML 510b after a later GSB session, and the osv4-3 CSV made from it with the same writer as after the
 * first session: every station with its adopted result (corrections included), and in the 510b for each
 * investigated station the investigation codes of the EML_NL 510 (for central counting "onderzocht
 * vanwege andere reden", "stembiljetten deels herteld", "toegelaten kiezers opnieuw vastgesteld"; for decentral
 * counting "onderzocht vanwege andere fout" and "uitslag gecorrigeerd").
 */
final class CorrectedCountFile {
    private CorrectedCountFile() {
    }

    static List<DocumentFile> of(CorrigendumFacts facts, List<PollingStationResults> adopted) {
        StoredElection election = facts.election();
        EmlHeader header = EmlFiles.municipalHeader(election.election(), facts.adoptedAt());
        Map<Integer, Investigation> investigated = facts.investigations().stream()
                .collect(Collectors.toMap(Investigation::stationNumber, Function.identity()));
        List<ReportingUnitVotes> units = new ArrayList<>();
        for (PollingStationResults result : adopted) {
            ElectionStation station = election.station(result.pollingStationNumber()).orElseThrow();
            units.add(EmlFiles.unit(election, station, result, Optional.ofNullable(investigated.get(station.number()))
                    .map(i -> codes(i, election.countingMethod())).orElse(List.of())));
        }
        long voters = election.stations().stream().filter(s -> s.voters() != null)
                .mapToLong(ElectionStation::voters).sum();
        Count count = EmlFiles.count(EmlMessageType.MUNICIPAL_COUNT, header, election,
                EmlFiles.voteCount(election, facts.total(), voters), units);
        String countName = EmlFiles.fileName("Telling", election.election(), ".eml.xml");
        return List.of(new DocumentFile(countName, "application/xml", EmlFiles.write(count)),
                new DocumentFile(EmlFiles.csvFileName(election.election()), "text/csv",
                        EmlFiles.csv(election, header, count, countName)));
    }

    static List<nl.stemwerk.eml.count.Investigation> codes(Investigation i, CountingMethod method) {
        boolean recounted = Boolean.TRUE.equals(i.recounted());
        if (method == CountingMethod.CSO) {
            return List.of(new nl.stemwerk.eml.count.Investigation(InvestigationReason.OTHER_REASON, true),
                    new nl.stemwerk.eml.count.Investigation(InvestigationReason.BALLOTS_PARTIALLY_RECOUNTED, recounted),
                    new nl.stemwerk.eml.count.Investigation(InvestigationReason.ADMITTED_VOTERS_REESTABLISHED,
                            i.correctedParts().contains("kiezers")));
        }
        return List.of(new nl.stemwerk.eml.count.Investigation(InvestigationReason.OTHER_ERROR, true),
                new nl.stemwerk.eml.count.Investigation(InvestigationReason.RESULT_CORRECTED, i.withNewResults()));
    }
}
