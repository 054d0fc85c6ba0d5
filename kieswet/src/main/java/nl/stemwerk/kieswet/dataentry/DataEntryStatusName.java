package nl.stemwerk.kieswet.dataentry;

/** The name of a {@link DataEntryStatus}, as the database stores it. */
public enum DataEntryStatusName {
    EMPTY,
    FIRST_ENTRY_IN_PROGRESS,
    FIRST_ENTRY_HAS_ERRORS,
    FIRST_ENTRY_FINALISED,
    SECOND_ENTRY_IN_PROGRESS,
    ENTRIES_DIFFERENT,
    FIRST_ENTRY_CORRECTION,
    SECOND_ENTRY_CORRECTION,
    DEFINITIVE
}
