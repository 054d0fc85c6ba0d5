package nl.stemwerk.turnout.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.stemwerk.turnout.station.AccessibilityFeature;
import nl.stemwerk.turnout.station.StationList;
import nl.stemwerk.turnout.station.StationListing;
import nl.stemwerk.turnout.station.StationStop;

/**
 * The accessibility checklist of a station, from the open-data attributes that follow the VNG "Checklist
 * toegankelijkheidscriteria stemlokalen". A mobile station is only as accessible as its least accessible
 * stop, so each question takes the worst answer over the stops.
 *
 * @see <a href="https://wetten.overheid.nl/jci1.3:c:BWBR0004627&hoofdstuk=J&artikel=J4&z=2026-01-01&g=2026-01-01">
 *      Kieswet art. J 4, second paragraph: every polling place accessible for voters with a physical disability</a>
 */
public final class AccessibilityCheck {
    private static final Map<AccessibilityFeature, String> QUESTIONS = Map.ofEntries(
            Map.entry(AccessibilityFeature.PHYSICAL_ACCESS, "Kunnen mensen met een lichamelijke beperking zelf naar binnen en stemmen?"),
            Map.entry(AccessibilityFeature.ACCESSIBLE_TRANSIT_STOP, "Is er een toegankelijke bus- of tramhalte in de buurt?"),
            Map.entry(AccessibilityFeature.TOILET, "Is er een toegankelijk toilet?"),
            Map.entry(AccessibilityFeature.HOST, "Is er iemand die kiezers ontvangt en helpt?"),
            Map.entry(AccessibilityFeature.GUIDANCE_LINES, "Zijn er geleidelijnen voor blinde en slechtziende kiezers, buiten en binnen?"),
            Map.entry(AccessibilityFeature.AUDIO_VOTING_BOOTH, "Is er een stemmal met audio?"),
            Map.entry(AccessibilityFeature.BRAILLE_CANDIDATE_LIST, "Is er een kandidatenlijst in braille?"),
            Map.entry(AccessibilityFeature.LARGE_PRINT_CANDIDATE_LIST, "Is er een kandidatenlijst met grote letters?"),
            Map.entry(AccessibilityFeature.SIGN_LANGUAGE_INTERPRETER, "Is er een gebarentolk op de locatie?"),
            Map.entry(AccessibilityFeature.SIGNING_STAFF_MEMBER, "Is er een stembureaulid dat gebarentaal kent?"),
            Map.entry(AccessibilityFeature.ACOUSTICS_FOR_HEARING_IMPAIRED, "Is de ruimte goed te verstaan voor slechthorenden?"),
            Map.entry(AccessibilityFeature.LOW_STIMULUS, "Is het stemlokaal prikkelarm?"),
            Map.entry(AccessibilityFeature.PROKKELDUO, "Is er een prokkelduo?"));

    private AccessibilityCheck() {
    }

    public static List<AccessibilityChecklist> of(StationList stations) {
        return stations.stations().stream().map(AccessibilityCheck::of).toList();
    }

    public static AccessibilityChecklist of(StationListing station) {
        List<ChecklistItem> items = new ArrayList<>();
        for (AccessibilityFeature feature : AccessibilityFeature.values()) {
            ChecklistStatus worst = station.stops().stream().map(stop -> status(feature, stop))
                    .min(Comparator.naturalOrder()).orElse(ChecklistStatus.UNKNOWN);
            items.add(new ChecklistItem(feature, QUESTIONS.get(feature), worst, explanation(feature, worst, station)));
        }
        return new AccessibilityChecklist(station.number(), station.name(), items);
    }

    static ChecklistStatus status(AccessibilityFeature feature, StationStop stop) {
        Optional<String> answer = stop.accessibility().answer(feature);
        if (answer.isEmpty()) {
            return ChecklistStatus.UNKNOWN;
        }
        return switch (answer.get()) {
            case "nee" -> ChecklistStatus.NOT_MET;
            case "ja" -> feature == AccessibilityFeature.TOILET ? ChecklistStatus.PARTLY_MET : ChecklistStatus.MET;
            case "ja, toegankelijk toilet", "toegankelijk toilet", "buiten en binnen", "op locatie" -> ChecklistStatus.MET;
            default -> ChecklistStatus.PARTLY_MET;
        };
    }

    private static String explanation(AccessibilityFeature feature, ChecklistStatus status, StationListing station) {
        boolean mobile = station.stops().size() > 1;
        String where = mobile ? " Bij een stembureau op meer plekken telt de minst toegankelijke plek." : "";
        if (feature == AccessibilityFeature.PHYSICAL_ACCESS && status != ChecklistStatus.MET) {
            return (status == ChecklistStatus.UNKNOWN ? "Dit is niet ingevuld, maar het is verplicht. " : "")
                    + "Volgens de Kieswet (artikel J 4) moet elk stemlokaal toegankelijk zijn voor kiezers met een "
                    + "lichamelijke beperking. Lukt dat niet, dan legt het college aan de gemeenteraad uit waarom." + where;
        }
        return switch (status) {
            case MET -> "In orde.";
            case PARTLY_MET -> partly(feature) + where;
            case NOT_MET -> "Nee. Dit staat op de checklist van de VNG voor toegankelijke stemlokalen." + where;
            case UNKNOWN -> "Dit is niet ingevuld in de open data van de gemeente.";
        };
    }

    private static String partly(AccessibilityFeature feature) {
        return switch (feature) {
            case TOILET -> "Er is een toilet, maar het is niet aangegeven als toegankelijk toilet.";
            case GUIDANCE_LINES -> "Er zijn geleidelijnen, maar niet buiten én binnen.";
            case SIGN_LANGUAGE_INTERPRETER -> "Er is een gebarentolk op afstand (via video), niet op de locatie.";
            default -> "Deels in orde.";
        };
    }
}
