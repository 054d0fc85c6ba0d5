package nl.stemwerk.eml.result;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.internal.CandidateElements;
import nl.stemwerk.eml.internal.CommonElements;
import nl.stemwerk.eml.internal.EmlXmlWriter;
import nl.stemwerk.eml.internal.Namespaces;
import nl.stemwerk.kieswet.election.Candidate;
import nl.stemwerk.kieswet.election.PoliticalGroup;

/**
 * Writes an EML_NL 520 that passes the strict schema, the way the Kiesraad's OSV2020 does (and Abacus since
 * kiesraad/abacus#3429): per list with seats, the list, then its elected candidates in order, numbered 1, 2, 3, …
 * in {@code CandidateIdentifier}, with {@code Ranking} 1 for a seat on own votes and 2 for one in list order.
 * Numbering by rank keeps the file unambiguous when an election has several electoral districts.
 */
public final class ResultWriter {
    private ResultWriter() {
    }

    /** Writes the file to the caller's stream, which stays open. */
    public static void write(ResultInput input, OutputStream out) {
        EmlXmlWriter xml = EmlXmlWriter.startElection(out, EmlMessageType.RESULT, input.header(), input.election());
        xml.start(Namespaces.EML, "Contest");
        CommonElements.writeContest(xml, input.contest());
        for (PoliticalGroup group : input.politicalGroups()) {
            outcome(input.outcomes(), group.number())
                    .filter(outcome -> outcome.seats() > 0)
                    .ifPresent(outcome -> writeList(xml, group, outcome));
        }
        xml.end();
        xml.endElection();
    }

    private static Optional<ListOutcome> outcome(List<ListOutcome> outcomes, int listNumber) {
        return outcomes.stream().filter(outcome -> outcome.listNumber() == listNumber).findFirst();
    }

    private static void writeList(EmlXmlWriter xml, PoliticalGroup group, ListOutcome outcome) {
        xml.start(Namespaces.EML, "Selection");
        CommonElements.writeAffiliation(xml, group.number(), group.name());
        xml.element(Namespaces.EML, "Elected", "yes");
        xml.end();
        List<Integer> elected = outcome.elected();
        for (int rank = 1; rank <= elected.size(); rank++) {
            int number = elected.get(rank - 1);
            Candidate candidate = group.candidates().stream()
                    .filter(c -> c.number() == number)
                    .findFirst()
                    .orElseThrow();
            xml.start(Namespaces.EML, "Selection");
            CandidateElements.write(xml, candidate, rank, true);
            xml.element(Namespaces.EML, "Ranking", outcome.electedByPreference().contains(number) ? "1" : "2");
            xml.element(Namespaces.EML, "Elected", "yes");
            xml.end();
        }
    }
}
