package nl.stemwerk.app.documents;

import java.util.List;
import nl.stemwerk.app.committee.GsbSessionFacts;

/**
 * One kind of document a GSB session adopts when it finishes. Every Spring bean implementing this contributes its
 * files to the session's documents and zip: the proces-verbaal ({@link GsbProcesVerbaal}) now; the EML 510b and the
 * osv4-3 CSV from the {@code eml} module when it lands.
 */
public interface GsbSessionExport {
    List<DocumentFile> export(GsbSessionFacts facts);
}
