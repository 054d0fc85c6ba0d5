package nl.stemwerk.turnout.coverage;

/** How "distance from home to the nearest election-day station" was measured, since home addresses are not known. */
public enum DistanceMethod {
    /**
     * From the centroid of every buurt in the area to its nearest station, averaged with the buurt's
     * population as weight; the maximum is the farthest buurt centroid.
     */
    NEIGHBOURHOOD_CENTROIDS_BY_POPULATION("gemeten vanaf het midden van elke buurt, gewogen naar het aantal inwoners"),
    /** From the centroid of the area itself: a rough figure, used when no population per buurt is known. */
    AREA_CENTROID("gemeten vanaf het midden van het gebied; waar mensen precies wonen is niet bekend");

    private final String dutchDescription;

    DistanceMethod(String dutchDescription) {
        this.dutchDescription = dutchDescription;
    }

    public String dutchDescription() {
        return dutchDescription;
    }
}
