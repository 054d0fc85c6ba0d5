package nl.stemwerk.turnout.figures;

/**
 * Stable machine codes for why a figure is missing or needs a caveat. The app keys its help texts on these
 * names; never rename one.
 */
public enum ReasonCode {
    /** Caveat: voters may vote at any station of their municipality, so a station's voters are not its area's. */
    FREE_CHOICE_OF_STATION,
    /** The count file gives no usable called voters per station (all zero, or an even split). */
    CALLED_VOTERS_NOT_PER_DISTRICT,
    /** This station admitted more voters than were called to it. */
    CALLED_VOTERS_BELOW_ADMITTED,
    /** Early-voting columns have no called voters. */
    EARLY_VOTING_HAS_NO_DISTRICT,
    /** No number of eligible voters is known for the municipality. */
    ELIGIBLE_VOTERS_UNKNOWN,
    /** Eligible voters (or inhabitants) are known per municipality only, not for this area. */
    POPULATION_UNKNOWN_FOR_AREA,
    /** The population basis is inhabitants, not eligible voters. */
    POPULATION_IS_INHABITANTS,
    /** No coordinates are known for the stations, so they cannot be placed in areas or measured. */
    STATION_LOCATIONS_UNKNOWN,
    /** The area has no shape in the boundary file. */
    AREA_WITHOUT_SHAPE,
    /** Caveat: distances are straight lines from chosen measuring points, see the method. */
    STRAIGHT_LINE_DISTANCE,
    /** The same location has different postcodes in different columns: probably a typing error. */
    POSTCODE_DIFFERS_FOR_SAME_LOCATION,
    /** The opening hours of the station are not known. */
    OPENING_HOURS_UNKNOWN,
    /** Nothing to divide by: no votes, no voters or no stations. */
    NOTHING_TO_DIVIDE_BY,
    /** The station's postcode is missing or not a postcode. */
    POSTCODE_UNKNOWN,
    /** The two elections are of a different kind, so a change says little. */
    DIFFERENT_KIND_OF_ELECTION
}
