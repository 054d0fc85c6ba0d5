package nl.stemwerk.app.documents;

import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.GsbSessionFacts;
import nl.stemwerk.app.election.CountingMethod;
import org.springframework.stereotype.Component;

/**
 * The proces-verbaal of the GSB's session: model Na 31-2 with its Bijlage 1 (counting results per polling station)
 * for central counting, model Na 31-1 for decentral counting.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0034180/2026-01-01">Regeling modellen Kieswet, models Na 31-1 and Na 31-2</a>
 */
@Component
@org.springframework.core.annotation.Order(10)
class GsbProcesVerbaal implements GsbSessionExport {
    private final PdfRenderer pdf;

    GsbProcesVerbaal(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    @Override
    public List<DocumentFile> export(GsbSessionFacts facts) {
        boolean central = facts.election().countingMethod() == CountingMethod.CSO;
        String model = central ? "Na 31-2" : "Na 31-1";
        return List.of(new DocumentFile("Model_" + model.replace(" ", "") + ".pdf", "application/pdf",
                pdf.pdf("model-na-31", Map.of("facts", facts, "model", model, "central", central))));
    }
}
