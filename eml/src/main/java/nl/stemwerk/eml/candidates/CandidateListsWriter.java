package nl.stemwerk.eml.candidates;

import java.io.OutputStream;

import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.internal.CandidateElements;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlXmlWriter;
import nl.stemwerk.eml.internal.Namespaces;
import nl.stemwerk.kieswet.election.Candidate;

/** Writes an EML_NL 230b that passes the strict schema. */
public final class CandidateListsWriter {
    private CandidateListsWriter() {
    }

    /** Writes the file to the caller's stream, which stays open. */
    public static void write(CandidateLists lists, OutputStream out) {
        EmlXmlWriter xml = EmlXmlWriter.startElection(out, EmlMessageType.CANDIDATE_LISTS, lists.header(),
                lists.election());
        for (CandidateContest contest : lists.contests()) {
            xml.start(Namespaces.EML, "Contest");
            CommonElements.writeContest(xml, contest.contest());
            for (CandidateList list : contest.lists()) {
                writeList(xml, list);
            }
            xml.end();
        }
        xml.endElection();
    }

    private static void writeList(EmlXmlWriter xml, CandidateList list) {
        xml.start(Namespaces.EML, "Affiliation");
        CommonElements.writeAffiliation(xml, list.group().number(), list.group().name());
        xml.element(Namespaces.EML, "Type", list.type());
        xml.empty(Namespaces.KR, "ListData");
        xml.attribute("PublishGender", Boolean.toString(list.publishGender()));
        for (Candidate candidate : list.group().candidates()) {
            CandidateElements.write(xml, candidate, candidate.number(), false);
        }
        xml.end();
    }
}
