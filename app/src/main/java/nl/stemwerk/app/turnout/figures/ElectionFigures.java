package nl.stemwerk.app.turnout.figures;

import nl.stemwerk.app.turnout.store.StoredCount;
import nl.stemwerk.turnout.figures.CalledVotersAssessment;
import nl.stemwerk.turnout.figures.MunicipalTurnout;

/**
 * One election of a municipality: its count, the municipal figures and whether the called voters per station can
 * be trusted.
 *
 * @param count      the stored count
 * @param turnout    the library's municipal figures
 * @param assessment the library's check of the called voters per station
 */
public record ElectionFigures(StoredCount count, MunicipalTurnout turnout, CalledVotersAssessment assessment) {
}
