package nl.stemwerk.kieswet.entry;

/** Which proces-verbaal is being typed, and by whom. */
public enum EntryModel {
    /** The municipal electoral committee enters a station's count, central counting: Na 31-2 Bijlage 1. */
    GSB_CSO("Na 31-2 Bijlage 1"),
    /** The municipal electoral committee enters a station's proces-verbaal, decentral counting: N 10-1. */
    GSB_DSO("N 10-1"),
    /** The central electoral committee enters a municipal committee's proces-verbaal: Na 31-2. */
    CSB("Na 31-2");

    private final String paperModel;

    EntryModel(String paperModel) {
        this.paperModel = paperModel;
    }

    /** The Kiesraad's model number of the paper form. */
    public String paperModel() {
        return paperModel;
    }
}
