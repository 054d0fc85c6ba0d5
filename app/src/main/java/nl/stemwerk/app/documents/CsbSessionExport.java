package nl.stemwerk.app.documents;

import java.util.List;
import nl.stemwerk.app.committee.CsbSessionFacts;

/**
 * One kind of document a CSB session adopts when it finishes: the proces-verbaal P 22-2 ({@link CsbProcesVerbaal}),
 * the EML 510d and 520 ({@link CsbResultFiles}).
 */
public interface CsbSessionExport {
    List<DocumentFile> export(CsbSessionFacts facts);
}
