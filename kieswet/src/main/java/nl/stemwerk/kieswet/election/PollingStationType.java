package nl.stemwerk.kieswet.election;

/** Kind of polling station, as in the open-data standard for polling stations. */
public enum PollingStationType {
    /** Regular ("regulier"). */
    FIXED,
    /** Special ("bijzonder"), e.g. in a hospital or at a station, open to all voters of the municipality. */
    SPECIAL,
    /** Mobile ("mobiel"): moves between places during the day. */
    MOBILE
}
