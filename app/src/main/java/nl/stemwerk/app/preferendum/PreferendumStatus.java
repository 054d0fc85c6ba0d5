package nl.stemwerk.app.preferendum;

import nl.stemwerk.app.platform.web.InvalidInput;

/** Where a preferendum is: being prepared, open for votes, or closed with its result visible to everyone. */
public enum PreferendumStatus {
    PREPARATION,
    VOTING,
    CLOSED;

    /** Residents may vote from now on; the question and options are fixed. */
    public PreferendumStatus open() {
        return require(PREPARATION, VOTING, "Het stemmen kan alleen open vanuit de voorbereiding.");
    }

    /** No more votes; the result is shown. */
    public PreferendumStatus close() {
        return require(VOTING, CLOSED, "Alleen een preferendum waarin gestemd wordt, kan sluiten.");
    }

    private PreferendumStatus require(PreferendumStatus from, PreferendumStatus to, String dutchMessage) {
        if (this != from) {
            throw InvalidInput.of("status", dutchMessage);
        }
        return to;
    }
}
