package nl.stemwerk.app.documents;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.app.election.StoredElection;
import nl.stemwerk.eml.Authority;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.ElectionIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateList;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.CountContest;
import nl.stemwerk.eml.count.CountHeader;
import nl.stemwerk.eml.count.CountMapping;
import nl.stemwerk.eml.count.CountWriter;
import nl.stemwerk.eml.count.Investigation;
import nl.stemwerk.eml.count.ReportingUnit;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.count.VoteCount;
import nl.stemwerk.eml.csv.Osv43Csv;
import nl.stemwerk.kieswet.election.Election;
import nl.stemwerk.kieswet.election.PollingStation;
import nl.stemwerk.kieswet.results.PollingStationResults;

/**
 * Stored election data in the shapes of the {@code eml} module: the election's identity, the counts of stations as
 * a 510, the candidate lists for the osv4-3 CSV. File names as the Kiesraad's software writes them.
 */
public final class EmlFiles {
    /** Dutch time, as on the paper: the moment of creation written in the files. */
    static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private EmlFiles() {
    }

    public static ElectionIdentity identity(Election election) {
        return new ElectionIdentity(election.identifier(), election.name(), election.category().emlCode(),
                election.subcategory(), Optional.of(election.domain()), election.electionDate(),
                Optional.ofNullable(election.nominationDate()));
    }

    /** The municipality as authority of a 510b: its CBS code without "GM", and its name. */
    public static EmlHeader municipalHeader(Election election, Instant created) {
        return EmlHeader.of(new Authority(election.domain().code(), election.domain().name()), local(created));
    }

    /** The central electoral committee as authority of a 510d or 520, as OSV2020 writes it. */
    public static EmlHeader centralHeader(Election election, Instant created) {
        return EmlHeader.of(new Authority("CSB", "Centraal stembureau " + election.domain().name()), local(created));
    }

    /** One polling station's counts as a reporting unit of a 510b. */
    public static ReportingUnitVotes unit(StoredElection election, ElectionStation station,
                                          PollingStationResults results, List<Investigation> investigations) {
        PollingStation kieswet = new PollingStation(station.number(), station.name(), station.postcode(), station.type(),
                station.voters() == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(station.voters()));
        return new ReportingUnitVotes(ReportingUnit.of(election.election().domain().code(), kieswet),
                voteCount(election, results, station.voters() == null ? 0 : station.voters()), investigations);
    }

    public static VoteCount voteCount(StoredElection election, PollingStationResults results, long voters) {
        return CountMapping.toVoteCount(results, election.lists(), voters, Map.of());
    }

    public static Count count(EmlMessageType type, EmlHeader header, StoredElection election, VoteCount totals,
                              List<ReportingUnitVotes> units) {
        return new Count(new CountHeader(type, header, identity(election.election())),
                List.of(new CountContest(ContestIdentity.NONE, Optional.of(totals), units)));
    }

    public static byte[] write(Count count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CountWriter.write(count, out);
        return out.toByteArray();
    }

    /** The osv4-3 CSV of a 510b, as municipalities publish it. */
    public static byte[] csv(StoredElection election, EmlHeader header, Count count, String countFileName) {
        CandidateLists lists = new CandidateLists(header, identity(election.election()), List.of(new CandidateContest(
                ContestIdentity.NONE, election.lists().stream().map(CandidateList::standalone).toList())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Osv43Csv.write(lists, count, countFileName, out);
        return out.toByteArray();
    }

    /** "Telling_GR2022_WestMaasenWaal.eml.xml": the prefix and the election's identifier. */
    public static String fileName(String prefix, Election election, String extension) {
        return prefix + "_" + election.identifier() + extension;
    }

    /** "osv4-3_telling_gr2022_westmaasenwaal.csv". */
    public static String csvFileName(Election election) {
        return "osv4-3_telling_" + election.identifier().toLowerCase(Locale.ROOT) + ".csv";
    }

    private static LocalDateTime local(Instant created) {
        return LocalDateTime.ofInstant(created, NETHERLANDS);
    }
}
