package nl.stemwerk.eml.count;

import java.io.OutputStream;
import java.util.Map;
import java.util.Objects;

import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlXmlWriter;
import nl.stemwerk.eml.internal.Namespaces;
import nl.stemwerk.eml.internal.ReportingUnitTypes;

/**
 * Writes an EML_NL 510b or 510d that passes the strict schema, one reporting unit at a time, so that a count of
 * any size is written in one pass. The writer does not check that the figures add up; the app exports counts
 * that passed the kieswet checks, and {@link CountReader} checks a file on the way in.
 *
 * <p>Use: {@link #open}, then per contest {@link #startContest}, {@link #reportingUnit} for each unit and
 * {@link #endContest}, then {@link #finish}. Or {@link #write} for a count held in memory.
 */
public final class CountWriter {
    private final EmlXmlWriter xml;
    private CountWriterState state = CountWriterState.OPENED;

    private CountWriter(EmlXmlWriter xml) {
        this.xml = xml;
    }

    /** Writes a whole count to the caller's stream, which stays open. */
    public static void write(Count count, OutputStream out) {
        CountWriter writer = open(out, count.header());
        for (CountContest contest : count.contests()) {
            writer.startContest(contest.contest(), contest.totals().orElseThrow(() -> new IllegalArgumentException(
                    "Stemwerk writes a 510 with TotalVotes for every contest")));
            contest.units().forEach(writer::reportingUnit);
            writer.endContest();
        }
        writer.finish();
    }

    /** Starts a 510 on the caller's stream, which stays open. */
    public static CountWriter open(OutputStream out, CountHeader header) {
        CountWriter writer = new CountWriter(EmlXmlWriter.startElection(out, header.type(), header.header(),
                header.election()));
        writer.xml.start(Namespaces.EML, "Contests");
        return writer;
    }

    public void startContest(ContestIdentity contest, VoteCount totals) {
        state = state.startContest();
        xml.start(Namespaces.EML, "Contest");
        CommonElements.writeContest(xml, contest);
        xml.start(Namespaces.EML, "TotalVotes");
        writeVoteGroup(totals);
        xml.end();
    }

    public void reportingUnit(ReportingUnitVotes votes) {
        state = state.addReportingUnit();
        xml.start(Namespaces.EML, "ReportingUnitVotes");
        xml.start(Namespaces.EML, "ReportingUnitIdentifier");
        xml.attribute("Id", votes.unit().id());
        xml.text(votes.unit().name());
        xml.end();
        votes.unit().type().ifPresent(type ->
                xml.element(Namespaces.KR, "ReportingUnitType", ReportingUnitTypes.toEml(type)));
        writeVoteGroup(votes.votes());
        if (!votes.investigations().isEmpty()) {
            xml.start(Namespaces.KR, "ReportingUnitInvestigations");
            for (Investigation investigation : votes.investigations()) {
                xml.start(Namespaces.KR, "Investigation");
                xml.attribute("ReasonCode", investigation.reason().code());
                xml.text(Boolean.toString(investigation.value()));
                xml.end();
            }
            xml.end();
        }
        xml.end();
    }

    public void endContest() {
        state = state.endContest();
        xml.end();
    }

    /** Closes the document; the caller's stream stays open. */
    public void finish() {
        state = state.finish();
        xml.end();
        xml.endElection();
    }

    // The order of the strict schema's VoteGroup; RejectedVotes as in the Kiesraad's files: invalid, then blank.
    private void writeVoteGroup(VoteCount count) {
        Objects.requireNonNull(count, "count");
        for (ListVotes list : count.lists()) {
            xml.start(Namespaces.EML, "Selection");
            CommonElements.writeAffiliation(xml, list.listNumber(), list.name());
            xml.element(Namespaces.EML, "ValidVotes", Long.toString(list.total()));
            xml.end();
            for (CandidateCount candidate : list.candidates()) {
                xml.start(Namespaces.EML, "Selection");
                xml.start(Namespaces.EML, "Candidate");
                xml.empty(Namespaces.EML, "CandidateIdentifier");
                xml.attribute("Id", Integer.toString(candidate.candidateNumber()));
                xml.end();
                xml.element(Namespaces.EML, "ValidVotes", Long.toString(candidate.votes()));
                xml.end();
            }
        }
        xml.element(Namespaces.EML, "Cast", Long.toString(count.cast()));
        xml.element(Namespaces.EML, "TotalCounted", Long.toString(count.totalCounted()));
        rejected("ongeldig", count.invalid());
        rejected("blanco", count.blank());
        for (Map.Entry<UncountedReason, Long> uncounted : count.uncounted().entrySet()) {
            xml.start(Namespaces.EML, "UncountedVotes");
            xml.attribute("ReasonCode", uncounted.getKey().code());
            xml.text(Long.toString(uncounted.getValue()));
            xml.end();
        }
    }

    private void rejected(String reason, long count) {
        xml.start(Namespaces.EML, "RejectedVotes");
        xml.attribute("ReasonCode", reason);
        xml.text(Long.toString(count));
        xml.end();
    }
}
