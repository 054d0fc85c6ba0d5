package nl.stemwerk.eml.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.EmlErrorCode;
import nl.stemwerk.eml.EmlException;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.candidates.CandidateContest;
import nl.stemwerk.eml.candidates.CandidateLists;
import nl.stemwerk.eml.check.EmlConsistency;
import nl.stemwerk.eml.check.KnownSelections;
import nl.stemwerk.eml.count.CandidateCount;
import nl.stemwerk.eml.count.CountHeader;
import nl.stemwerk.eml.count.CountListener;
import nl.stemwerk.eml.count.ListVotes;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import nl.stemwerk.eml.count.UncountedReason;
import nl.stemwerk.eml.count.VoteCount;

/**
 * Collects the columns of an osv4-3 CSV while a 510 streams past: one column of figures per reporting unit,
 * after the column with the totals. Only the figures are kept, so memory grows with units times rows, not with
 * the size of the XML.
 */
final class Osv43Table implements CountListener {
    static final long ABSENT = -1;

    /** The rows above the lists, in the order of the osv4-3 format, with the figure each row shows. */
    static final List<MetadataRow> METADATA = List.of(
            new MetadataRow("opgeroepenen", VoteCount::cast),
            uncounted("geldige stempas", UncountedReason.VALID_POLL_CARDS),
            uncounted("geldig volmachtbewijs", UncountedReason.VALID_PROXY_CERTIFICATES),
            uncounted("geldige kiezerspas", UncountedReason.VALID_VOTER_CARDS),
            uncounted("toegelaten kiezers", UncountedReason.ADMITTED_VOTERS),
            new MetadataRow("geldige stembiljetten", VoteCount::totalCounted),
            new MetadataRow("blanco stembiljetten", VoteCount::blank),
            new MetadataRow("ongeldige stembiljetten", VoteCount::invalid),
            new MetadataRow("aangetroffen stembiljetten", VoteCount::ballotsFound),
            uncounted("meer stembiljetten dan toegelaten kiezers", UncountedReason.MORE_BALLOTS_COUNTED),
            uncounted("minder stembiljetten dan toegelaten kiezers", UncountedReason.FEWER_BALLOTS_COUNTED),
            uncounted("kiezers met stembiljet hebben niet gestemd", UncountedReason.BALLOTS_TAKEN_AWAY),
            uncounted("er zijn te weinig stembiljetten uitgereikt", UncountedReason.TOO_FEW_BALLOTS_ISSUED),
            uncounted("er zijn te veel stembiljetten uitgereikt", UncountedReason.TOO_MANY_BALLOTS_ISSUED),
            uncounted("geen verklaring", UncountedReason.NO_EXPLANATION),
            uncounted("andere verklaring", UncountedReason.OTHER_EXPLANATION));

    private final CandidateLists candidates;
    private final String countFile;
    private final List<long[]> columns = new ArrayList<>();
    private final List<ColumnLabels> labels = new ArrayList<>();
    private CountHeader header;
    private CandidateContest contest;
    private KnownSelections selections;

    Osv43Table(CandidateLists candidates, String countFile) {
        this.candidates = candidates;
        this.countFile = countFile;
    }

    private static MetadataRow uncounted(String label, UncountedReason reason) {
        return new MetadataRow(label, count -> count.uncounted(reason).orElse(ABSENT));
    }

    @Override
    public void header(CountHeader countHeader) {
        EmlConsistency.requireSameElection(candidates.election(), EmlMessageType.CANDIDATE_LISTS,
                countHeader.election(), countHeader.type(), countFile);
        this.header = countHeader;
    }

    @Override
    public void contest(ContestIdentity identity, Optional<VoteCount> totals) {
        if (contest != null) {
            throw EmlException.of(EmlErrorCode.OTHER_CONTEST, countFile, "De telling heeft meer dan één kieskring."
                    + " Een osv4-3-bestand is er voor de telling van één gemeente in één kieskring.");
        }
        contest = EmlConsistency.requireContest(candidates, identity, countFile);
        selections = new KnownSelections(contest);
        VoteCount total = totals.orElseThrow(() -> EmlException.of(EmlErrorCode.MISSING_VALUE, countFile,
                "De telling heeft geen totalen (<TotalVotes>). Die zijn nodig voor de kolom Totaal."));
        columns.add(column(total, "In <TotalVotes>"));
    }

    @Override
    public void reportingUnit(ContestIdentity identity, ReportingUnitVotes votes) {
        columns.add(column(votes.votes(), "Bij " + votes.unit().id()));
        labels.add(ColumnLabels.of(votes.unit()));
    }

    private long[] column(VoteCount count, String where) {
        selections.require(count, where, countFile);
        long[] column = new long[METADATA.size() + selections.size()];
        Arrays.fill(column, ABSENT);
        for (int row = 0; row < METADATA.size(); row++) {
            column[row] = METADATA.get(row).figure().applyAsLong(count);
        }
        for (ListVotes list : count.lists()) {
            column[METADATA.size() + selections.positionOf(list.listNumber(), 0)] = list.total();
            for (CandidateCount candidate : list.candidates()) {
                column[METADATA.size() + selections.positionOf(list.listNumber(), candidate.candidateNumber())] =
                        candidate.votes();
            }
        }
        return column;
    }

    CountHeader header() {
        return header;
    }

    CandidateContest contest() {
        return contest;
    }

    List<long[]> columns() {
        return columns;
    }

    List<ColumnLabels> labels() {
        return labels;
    }

    record MetadataRow(String label, ToLongFunction<VoteCount> figure) {
    }
}
