package nl.stemwerk.app.election;

import nl.stemwerk.kieswet.entry.EntryModel;

/** Where the candidate votes are counted, which decides the proces-verbaal the GSB enters. */
public enum CountingMethod {
    /** Centrale stemopneming: the GSB counts the candidate votes; it enters Na 31-2 Bijlage 1 per station. */
    CSO("centrale stemopneming"),
    /** Decentrale stemopneming: the polling station counts them; the GSB enters N 10-1 per station. */
    DSO("decentrale stemopneming");

    private final String dutchName;

    CountingMethod(String dutchName) {
        this.dutchName = dutchName;
    }

    public String dutchName() {
        return dutchName;
    }

    /** The form the GSB's typists enter per polling station. */
    public EntryModel gsbEntryModel() {
        return this == CSO ? EntryModel.GSB_CSO : EntryModel.GSB_DSO;
    }
}
