package nl.stemwerk.turnout.planning;

import nl.stemwerk.turnout.coverage.AreaFigures;

/**
 * An area the planning cannot score, because none of its figures is known.
 *
 * @param area   the area
 * @param reason plain Dutch: why not
 */
public record UnrankedArea(AreaFigures area, String reason) {
}
