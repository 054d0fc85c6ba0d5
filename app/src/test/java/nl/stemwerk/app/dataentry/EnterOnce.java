package nl.stemwerk.app.dataentry;

/** One typist's complete, valid entry of a station (claim, save, finalise), for tests that need states to exist. */
final class EnterOnce {
    private EnterOnce() {
    }

    static DataEntryContext finalised(DataEntryService dataEntry, long session, int station, String typist) {
        int version = dataEntry.progress(session).stream().filter(p -> p.number() == station).findFirst()
                .orElseThrow().version();
        DataEntryContext claimed = dataEntry.claim(session, station, version, typist);
        DataEntryContext saved = dataEntry.save(claimed.record().dataEntryId(), claimed.record().version(), typist,
                SmallCount.valid(), "lijst-2");
        return dataEntry.finalise(saved.record().dataEntryId(), saved.record().version(), typist);
    }
}
