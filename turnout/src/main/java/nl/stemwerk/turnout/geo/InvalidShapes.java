package nl.stemwerk.turnout.geo;

/**
 * What a boundary reader does with a polygon that is not valid.
 *
 * <p>Simplified or quantized boundary files (the CBS 2014 TopoJSON, the Kiesraad map rounded to four
 * decimals) contain polygons whose edges cross after rounding: 594 of the 11,691 buurten of 2014 do.
 * Refusing them would refuse every such file; repairing them silently would hide a broken file. So the
 * caller chooses, and a repair is always reported.
 */
public enum InvalidShapes {
    /** Stop with a problem per invalid polygon, naming the feature. The default. */
    REFUSE,
    /**
     * Repair with JTS {@code GeometryFixer} (crossing edges become separate parts, rings without area are
     * dropped) and list every repaired area in a note. Use for simplified files only.
     */
    REPAIR_AND_REPORT
}
