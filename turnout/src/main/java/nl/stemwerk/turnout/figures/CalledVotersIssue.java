package nl.stemwerk.turnout.figures;

/** Stable machine codes for what is wrong with the called voters ("opgeroepen") per station. */
public enum CalledVotersIssue {
    /** No municipal total either: the electorate is unknown. */
    NO_MUNICIPAL_TOTAL,
    /** Every election-day station has 0; only the municipal total is given (West Maas en Waal TK2025). */
    ONLY_MUNICIPAL_TOTAL,
    /** The total was divided evenly over the stations, ±1 (Nijmegen GR2022: 1,886 each). */
    EVEN_SPLIT,
    /** Some election-day stations have 0 while others have a number. */
    STATION_WITHOUT_CALLED_VOTERS,
    /** A station admitted more voters than were called to it (Hilversum GR2022 station 41: 101.5 times). */
    ADMITTED_ABOVE_CALLED,
    /** Early-voting columns, which have no called voters of their own. */
    EARLY_VOTING_COLUMNS
}
