package nl.stemwerk.app.documents;

import java.util.ArrayList;
import java.util.List;
import nl.stemwerk.app.committee.GsbSessionFacts;
import nl.stemwerk.app.dataentry.DefinitiveResult;
import nl.stemwerk.app.election.ElectionStation;
import nl.stemwerk.eml.EmlHeader;
import nl.stemwerk.eml.EmlMessageType;
import nl.stemwerk.eml.count.Count;
import nl.stemwerk.eml.count.ReportingUnitVotes;
import org.springframework.stereotype.Component;

/**
 * The GSB's count as EML 510b ({@code Telling_<verkiezing>.eml.xml}) with every polling station and the municipal
 * total, and the osv4-3 CSV made from it, which municipalities publish.
 */
@Component
@org.springframework.core.annotation.Order(20)
class GsbCountFiles implements GsbSessionExport {
    @Override
    public List<DocumentFile> export(GsbSessionFacts facts) {
        EmlHeader header = EmlFiles.municipalHeader(facts.election().election(), facts.adoptedAt());
        List<ReportingUnitVotes> units = new ArrayList<>();
        for (DefinitiveResult result : facts.results()) {
            ElectionStation station = facts.election().station(result.stationNumber()).orElseThrow();
            units.add(EmlFiles.unit(facts.election(), station, result.results(), List.of()));
        }
        Long voters = facts.voters();
        Count count = EmlFiles.count(EmlMessageType.MUNICIPAL_COUNT, header, facts.election(),
                EmlFiles.voteCount(facts.election(), facts.total(), voters == null ? 0 : voters), units);
        String countName = EmlFiles.fileName("Telling", facts.election().election(), ".eml.xml");
        return List.of(new DocumentFile(countName, "application/xml", EmlFiles.write(count)),
                new DocumentFile(EmlFiles.csvFileName(facts.election().election()), "text/csv",
                        EmlFiles.csv(facts.election(), header, count, countName)));
    }
}
