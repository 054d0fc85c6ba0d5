package nl.stemwerk.app.documents;

import java.util.List;
import java.util.Map;
import nl.stemwerk.app.committee.CsbSessionFacts;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The proces-verbaal of the CSB's session with the result of the election: model P 22-2, with the votes per list
 * and candidate as its Bijlage 1.
 *
 * @see <a href="https://wetten.overheid.nl/BWBR0004627/2026-01-01/#AfdelingII_HoofdstukP_Paragraaf4_ArtikelP22">Kieswet art. P 22</a>
 */
@Component
@Order(10)
class CsbProcesVerbaal implements CsbSessionExport {
    private final PdfRenderer pdf;

    CsbProcesVerbaal(PdfRenderer pdf) {
        this.pdf = pdf;
    }

    @Override
    public List<DocumentFile> export(CsbSessionFacts facts) {
        return List.of(new DocumentFile("Model_P22-2.pdf", "application/pdf",
                pdf.pdf("model-p-22-2", Map.of("facts", facts))));
    }
}
