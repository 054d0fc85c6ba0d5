package nl.stemwerk.turnout.planning;

import java.util.List;
import nl.stemwerk.turnout.station.AccessibilityFeature;

/**
 * The accessibility checklist of one station.
 *
 * @param stationNumber number of the station
 * @param stationName   name of the station
 * @param items         one per attribute of the standard, in the standard's order
 */
public record AccessibilityChecklist(int stationNumber, String stationName, List<ChecklistItem> items) {
    public AccessibilityChecklist {
        items = List.copyOf(items);
    }

    public long count(ChecklistStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /**
     * Whether the station meets the legal minimum: accessible for voters with a physical disability.
     *
     * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&hoofdstuk=J&artikel=J4&z=2026-01-01&g=2026-01-01">
     *      Kieswet art. J 4, second paragraph</a>
     */
    public boolean meetsLegalMinimum() {
        return items.stream().filter(i -> i.feature() == AccessibilityFeature.PHYSICAL_ACCESS)
                .allMatch(i -> i.status() == ChecklistStatus.MET);
    }
}
