package nl.stemwerk.app.exports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.app.municipality.MunicipalityService;
import nl.stemwerk.app.municipality.PollingStationRow;
import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.EmlReadOptions;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateList;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountHeader;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountReader;
import nl.stemwerk.eml.count.CountWriter;
import nl.stemwerk.eml.count.ReportingUnit;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.eml.csv.Osv43Csv;
import nl.stemwerk.eml.result.ListOutcome;
import nl.stemwerk.eml.result.ResultInput;
import nl.stemwerk.eml.result.ResultWriter;
import nl.stemwerk.kieswet.apportionment.ApportionmentOutcome;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PoliticalGroup;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.results.PollingStationResults;
import nl.stemwerk.kieswet.totalling.MunicipalTotal;
import org.springframework.stereotype.Service;

/**
 * The EML_NL files and the osv4-3 CSV of an election's results, one method per file, for every place a result
 * exists: the imported count now, the GSB and CSB sessions when they finish. Each file is written by the {@code eml}
 * library (valid against the strict Kiesraad schema) from the kieswet model, entirely in memory. The caller passes
 * the moment of creation, so the same result written twice gives the same bytes and the same hash code.
 */
@Service
public class EmlExports {
    private final MunicipalityService municipalities;

    public EmlExports(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    /**
     * The 510b of the municipal electoral committee (GSB): the totals and every polling station's count.
     *
     * @param stations the results per polling station (fields A–J and the votes per candidate), one per station
     * @throws IllegalArgumentException when a result is for a station the election does not have, or has votes for
     *                                  a list or candidate that is not on the lists
     */
    public ExportFile count510b(StoredElection election, List<PollingStationResults> stations,
                                LocalDateTime created) {
        return xml("Telling_" + election.election().identifier() + ".eml.xml",
                out -> CountWriter.write(municipalCount(election, stations, created), out));
    }

    /** The osv4-3 CSV that municipalities publish, for the same results as {@link #count510b}. */
    public ExportFile osv43Csv(StoredElection election, List<PollingStationResults> stations, LocalDateTime created) {
        Count count = municipalCount(election, stations, created);
        return csv(election, out -> Osv43Csv.write(candidateLists(election), count, count510bName(election), out));
    }

    /**
     * The osv4-3 CSV of a 510b as it was imported, byte for byte the CSV the Kiesraad's eml2csv makes of it.
     *
     * @throws EmlException when the 510b does not fit the election's lists (it was checked when it was imported)
     */
    public ExportFile osv43Csv(StoredElection election, byte[] count510b, String countFileName) {
        return csv(election, out -> Osv43Csv.write(candidateLists(election),
                new CountReader(EmlReadOptions.defaults().withMaxBytes(Math.max(1, count510b.length))),
                new ByteArrayInputStream(count510b), countFileName, out));
    }

    /**
     * The 510d of the central electoral committee (CSB): the municipality's total as its one reporting unit. The
     * header names the CSB as authority, as the Kiesraad's software does.
     */
    public ExportFile totalCount510d(StoredElection election, PollingStationResults total, LocalDateTime created) {
        Election e = election.election();
        VoteCount votes = CountMapping.toVoteCount(total, e.politicalGroups(), eligibleVoters(election), Map.of());
        ReportingUnit municipality = new ReportingUnit(e.domain().code(), "Gemeente " + e.domain().name(),
                Optional.empty());
        Count count = new Count(new CountHeader(EmlMessageType.TOTAL_COUNT, EmlHeader.of(csb(election), created),
                identity(election)), List.of(new CountContest(ContestIdentity.NONE, Optional.of(votes),
                List.of(new ReportingUnitVotes(municipality, votes)))));
        return xml("Totaaltelling_" + e.identifier() + ".eml.xml", out -> CountWriter.write(count, out));
    }

    /**
     * The 520: the seats per list and the elected candidates in order, from a completed seat allocation.
     *
     * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP15">Kieswet art. P 15</a>
     * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf3_ArtikelP17">Kieswet art. P 17</a>
     */
    public ExportFile result520(StoredElection election, ApportionmentOutcome.Completed outcome,
                                LocalDateTime created) {
        List<ListOutcome> outcomes = new ArrayList<>();
        for (ListCandidates list : outcome.election().lists()) {
            PoliticalGroup group = election.lists().stream().filter(g -> g.number() == list.listNumber())
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown list " + list.listNumber()));
            outcomes.add(new ListOutcome(list.listNumber(), list.seats(), ranking(list, group),
                    Set.copyOf(list.electedByPreference())));
        }
        ResultInput input = new ResultInput(EmlHeader.of(csb(election), created), identity(election),
                ContestIdentity.NONE, election.lists(), outcomes);
        return xml("Resultaat_" + election.election().identifier() + ".eml.xml", out -> ResultWriter.write(input, out));
    }

    /** The elected in order, then the rest of the list in the order for vacancies (P 19), then anyone left. */
    private static List<Integer> ranking(ListCandidates list, PoliticalGroup group) {
        Set<Integer> ranking = new LinkedHashSet<>(list.elected());
        ranking.addAll(list.ranking());
        group.candidates().stream().map(Candidate::number).forEach(ranking::add);
        return List.copyOf(ranking);
    }

    private Count municipalCount(StoredElection election, List<PollingStationResults> stations,
                                 LocalDateTime created) {
        Election e = election.election();
        List<PoliticalGroup> groups = e.politicalGroups();
        Map<Long, PollingStationRow> rows = stationRows(election);
        List<ReportingUnitVotes> units = new ArrayList<>();
        for (PollingStationResults results : stations.stream()
                .sorted(Comparator.comparingInt(PollingStationResults::pollingStationNumber)).toList()) {
            ElectionStation station = election.station(results.pollingStationNumber()).orElseThrow(() ->
                    new IllegalArgumentException("Station " + results.pollingStationNumber() + " is not in "
                            + e.identifier()));
            PollingStationRow row = rows.get(station.pollingStationId());
            PollingStation model = new PollingStation(station.number(), station.name(),
                    row == null ? "" : row.postcode(), station.type(),
                    station.voters() == null ? OptionalLong.empty() : OptionalLong.of(station.voters()));
            units.add(new ReportingUnitVotes(ReportingUnit.of(e.domain().code(), model),
                    CountMapping.toVoteCount(results, groups, voters(station), Map.of())));
        }
        VoteCount totals = CountMapping.toVoteCount(MunicipalTotal.of(stations), groups, eligibleVoters(election),
                Map.of());
        CountHeader header = new CountHeader(EmlMessageType.MUNICIPAL_COUNT,
                EmlHeader.of(new Authority(e.domain().code(), e.domain().name()), created), identity(election));
        return new Count(header, List.of(new CountContest(ContestIdentity.NONE, Optional.of(totals), units)));
    }

    private Map<Long, PollingStationRow> stationRows(StoredElection election) {
        return municipalities.home().map(home -> municipalities.stations(home).stream()
                .collect(java.util.stream.Collectors.toMap(PollingStationRow::id, r -> r)))
                .orElse(Map.of());
    }

    private static long voters(ElectionStation station) {
        return station.voters() == null ? 0 : station.voters();
    }

    private static long eligibleVoters(StoredElection election) {
        return election.stations().stream().mapToLong(EmlExports::voters).sum();
    }

    /** The election as a 230b holds it, for the CSV: the names of the lists and candidates. */
    private static CandidateLists candidateLists(StoredElection election) {
        return new CandidateLists(EmlHeader.of(csb(election), election.election().electionDate().atStartOfDay()),
                identity(election), List.of(new CandidateContest(ContestIdentity.NONE,
                election.lists().stream().map(CandidateList::standalone).toList())));
    }

    static ElectionIdentity identity(StoredElection stored) {
        Election e = stored.election();
        return new ElectionIdentity(e.identifier(), e.name(), e.category().emlCode(), e.subcategory(),
                Optional.of(e.domain()), e.electionDate(), Optional.ofNullable(e.nominationDate()));
    }

    private static Authority csb(StoredElection election) {
        return new Authority("CSB", election.election().domain().name());
    }

    private static String count510bName(StoredElection election) {
        return "Telling_" + election.election().identifier() + ".eml.xml";
    }

    private static ExportFile xml(String fileName, Consumer<ByteArrayOutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return new ExportFile(fileName, ExportFile.XML, out.toByteArray());
    }

    private static ExportFile csv(StoredElection election, Consumer<ByteArrayOutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return new ExportFile("osv4-3_telling_" + election.election().identifier().toLowerCase(Locale.ROOT) + ".csv",
                ExportFile.CSV, out.toByteArray());
    }
}
