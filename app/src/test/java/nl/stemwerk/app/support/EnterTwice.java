package nl.stemwerk.app.support;

import java.util.Map;
import nl.stemwerk.app.dataentry.DataEntryContext;
import nl.stemwerk.app.dataentry.DataEntryService;
import nl.stemwerk.app.dataentry.StationProgress;

/** Enters a proces-verbaal twice through the service, as two typists would: for tests that need definitive results. */
public final class EnterTwice {
    private EnterTwice() {
    }

    /** One typist's whole entry: claim, save everything, finalise. */
    public static DataEntryContext enter(DataEntryService dataEntry, long session, int station, String typist,
                                         Map<String, String> paper) {
        int version = dataEntry.progress(session).stream().filter(p -> p.number() == station).findFirst()
                .map(StationProgress::version).orElse(0);
        DataEntryContext claimed = dataEntry.claim(session, station, version, typist);
        DataEntryContext saved = dataEntry.save(claimed.record().dataEntryId(), claimed.record().version(), typist,
                paper, "controleren");
        return dataEntry.finalise(saved.record().dataEntryId(), saved.record().version(), typist);
    }

    /** Both entries by invoerder1 and invoerder2, equal: the result becomes definitive. */
    public static DataEntryContext definitive(DataEntryService dataEntry, long session, int station,
                                              Map<String, String> paper) {
        enter(dataEntry, session, station, "invoerder1", paper);
        return enter(dataEntry, session, station, "invoerder2", paper);
    }
}
