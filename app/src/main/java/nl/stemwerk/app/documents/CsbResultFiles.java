package nl.stemwerk.app.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.stemwerk.app.committee.CsbSessionFacts;
import nl.stemwerk.eml.ContestIdentity;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.result.ListOutcome;
import nl.stemwerk.eml.result.ResultInput;
import nl.stemwerk.eml.result.ResultWriter;
import nl.stemwerk.kieswet.apportionment.ListCandidates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The CSB's files: the total count as EML 510d ({@code Totaaltelling_<verkiezing>.eml.xml}) and the result as EML 520
 * ({@code Resultaat_<verkiezing>.eml.xml}) with the elected candidates and the ranking of every list.
 */
@Component
@Order(20)
class CsbResultFiles implements CsbSessionExport {
    @Override
    public List<DocumentFile> export(CsbSessionFacts facts) {
        EmlHeader header = EmlFiles.centralHeader(facts.election().election(), facts.adoptedAt());
        Long voters = facts.election().stations().stream().anyMatch(s -> s.voters() != null)
                ? facts.election().stations().stream().filter(s -> s.voters() != null).mapToLong(s -> s.voters()).sum()
                : 0L;
        Count total = EmlFiles.count(EmlMessageType.TOTAL_COUNT, header, facts.election(),
                EmlFiles.voteCount(facts.election(), facts.total(), voters), List.of());
        List<ListOutcome> outcomes = new ArrayList<>();
        for (ListCandidates list : facts.completed().election().lists()) {
            outcomes.add(new ListOutcome(list.listNumber(), list.seats(), list.ranking(),
                    new HashSet<>(list.electedByPreference())));
        }
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        ResultWriter.write(new ResultInput(header, EmlFiles.identity(facts.election().election()), ContestIdentity.NONE,
                facts.election().lists(), outcomes), result);
        return List.of(new DocumentFile(EmlFiles.fileName("Totaaltelling", facts.election().election(), ".eml.xml"),
                        "application/xml", EmlFiles.write(total)),
                new DocumentFile(EmlFiles.fileName("Resultaat", facts.election().election(), ".eml.xml"),
                        "application/xml", result.toByteArray()));
    }
}
