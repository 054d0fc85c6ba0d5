package nl.stemwerk.turnout.problem;

/** Stable machine codes for {@link ReadNote}s. */
public enum ReadNoteCode {
    /** The file was not UTF-8 and was read as Windows-1252. */
    READ_AS_WINDOWS_1252,
    /** Columns were recognised as early voting ("vervroegd stemmen"). */
    EARLY_VOTING_COLUMNS,
    /** An area has no shape (the geometry is empty in the source). */
    AREA_WITHOUT_SHAPE,
    /** An invalid area shape was repaired, because the caller asked for it. */
    AREA_REPAIRED,
    /** A station has no coordinates. */
    STATION_WITHOUT_LOCATION
}
